-- B2's requests: a page of 50 people by unit subtree and name search, the same sequence of filters for
-- both sides. TARGET=graphql posts the GraphQL query to /graphql with TOKEN; TARGET=baseline gets
-- /b2/intellectuals. UNITS is a comma-separated list of unit ids (run.sh finds them).
-- Every answer is checked: a status other than 200 or a body with "errors" counts as an error.

local target = os.getenv("TARGET")
local token = os.getenv("TOKEN")
local units = {}
for id in string.gmatch(os.getenv("UNITS") or "", "[^,]+") do units[#units + 1] = id end

-- Common surnames and given names, with and without diacritics (the search folds both).
local terms = { "Hoàng", "trieu", "Lý Thị", "nong van", "Đức", "lan", "Hà", "Thị Hoa" }

local query = "query Page($unitId: ID, $search: String) { intellectuals(first: 50, filter: { unitId: $unitId, search: $search }) "
  .. "{ totalCount items { id fullName unit { name } highestQualification { degree year } latestTraining { title endDate } } } }"

local function urlencode(text)
  return (string.gsub(text, "[^%w%-_.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

-- Built in init, not at load: wrk.format takes the Host header from wrk.headers, which wrk fills just before init.
local requests = {}
init = function(args)
  -- Subtree varies fastest, so that every stretch of the sequence mixes the whole province's heavy pages
  -- with light ones: a round that falls into a slow spell still measures a fair sample.
  for _, term in ipairs(terms) do
    for _, unit in ipairs(units) do
      if target == "graphql" then
        local body = string.format('{"query":"%s","variables":{"unitId":"%s","search":"%s"}}', query, unit, term)
        requests[#requests + 1] = wrk.format("POST", "/graphql", {
          ["Content-Type"] = "application/json",
          ["Accept"] = "application/graphql-response+json",
          ["Authorization"] = "Bearer " .. token,
        }, body)
      else
        requests[#requests + 1] = wrk.format("GET", "/b2/intellectuals?unitId=" .. unit .. "&search=" .. urlencode(term))
      end
    end
  end
  assert(#requests > 0, "no requests: set TARGET, TOKEN and UNITS")
end

local next_request = 0
request = function()
  next_request = next_request % #requests + 1
  return requests[next_request]
end

errors = 0
response = function(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then
    errors = errors + 1
  end
end

local threads = {}
setup = function(thread) threads[#threads + 1] = thread end

done = function(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("errors") end
  io.write(string.format("answers-with-errors %d\n", total))
end
