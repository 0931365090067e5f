-- B5's mixed load on /graphql: of every ten requests, five read a page of 50 people (B2's query, by unit
-- subtree and name search), four read one person's record, one creates a person (createIntellectual,
-- with a national ID no other request uses). Environment: TOKEN (an editor of the Registry), UNITS
-- (unit ids: the subtrees to list and the units new people join), PEOPLE (ids of people on file), RUN
-- (two digits that keep this run's national IDs apart from another run's on the same data).
-- Every answer is checked: a status other than 200 or a body with "errors" counts as an error. With CREATED_IDS set,
-- the ids of the people the host answered as created are written to that file at the end.

local token = os.getenv("TOKEN")
local run = tonumber(os.getenv("RUN") or "0")
local function split(text)
  local items = {}
  for item in string.gmatch(text or "", "[^,]+") do items[#items + 1] = item end
  return items
end
local units = split(os.getenv("UNITS"))
local people = split(os.getenv("PEOPLE"))

local terms = { "Hoàng", "trieu", "Lý Thị", "nong van", "Đức", "lan", "Hà", "Thị Hoa" }
local surnames = { "Nguyễn", "Hoàng", "Triệu", "Lý", "Nông", "Hà", "Lương", "Đặng" }
local middles = { "Văn", "Thị", "Đức", "Minh", "Thu", "Quang" }
local givens = { "An", "Bình", "Chi", "Dũng", "Giang", "Hạnh", "Khoa", "Linh", "Nam", "Phương", "Sơn", "Trang" }

local page = "query Page($unitId: ID, $search: String) { intellectuals(first: 50, filter: { unitId: $unitId, search: $search }) "
  .. "{ totalCount items { id fullName unit { name } highestQualification { degree year } latestTraining { title endDate } } } }"
local person = "query Person($id: ID!) { intellectual(id: $id) { id fullName jobTitle status unit { name parent { name } } "
  .. "qualifications { degree field year } trainings { title startDate endDate hours } highestQualification { degree year } latestTraining { title endDate } } }"
local create = "mutation Create($input: IntellectualInput!) { createIntellectual(input: $input) { id fullName } }"

local threads = {}
thread_number = 0
local headers

setup = function(thread)
  threads[#threads + 1] = thread
  thread:set("thread_number", #threads)
end

init = function(args)
  assert(#units > 0 and #people > 0 and token, "set TOKEN, UNITS and PEOPLE")
  headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/graphql-response+json", ["Authorization"] = "Bearer " .. token }
end

local sent = 0
local created = 0
request = function()
  sent = sent + 1
  local slot = sent % 10
  local body
  if slot == 0 then
    created = created + 1
    local pick = function(list, n) return list[(n - 1) % #list + 1] end
    local input = string.format(
      '{"fullName":"%s %s %s","gender":"%s","dateOfBirth":"%04d-%02d-%02d","ethnicGroupCode":"01","nationalId":"9%02d%d%08d",'
        .. '"unitId":"%s","fieldCode":"education","isPublicSector":true}',
      pick(surnames, created), pick(middles, created * 7), pick(givens, created * 5), created % 2 == 0 and "FEMALE" or "MALE",
      1970 + created % 30, 1 + created % 12, 1 + created % 28, run % 100, thread_number % 10, created, pick(units, created))
    body = string.format('{"query":"%s","variables":{"input":%s}}', create, input)
  elseif slot <= 5 then
    local n = math.floor(sent / 10) * 5 + slot
    body = string.format('{"query":"%s","variables":{"unitId":"%s","search":"%s"}}', page, units[(n - 1) % #units + 1], terms[(n - 1) % #terms + 1])
  else
    body = string.format('{"query":"%s","variables":{"id":"%s"}}', person, people[(sent * 7919) % #people + 1])
  end
  return wrk.format("POST", "/graphql", headers, body)
end

reads, writes, read_errors, write_errors, first_error, created_ids = 0, 0, 0, 0, "", ""
response = function(status, headers, body)
  local write = string.find(body, "createIntellectual", 1, true) ~= nil
  local failed = status ~= 200 or string.find(body, '"errors"', 1, true) ~= nil
  if write then writes = writes + 1 else reads = reads + 1 end
  if write and not failed then
    -- The id of each person the host answered as created, for a check afterwards that every one was kept once.
    local id = string.match(body, '"createIntellectual":{"id":"([^"]+)"')
    if id then created_ids = created_ids .. id .. "\n" end
  end
  if failed then
    if write then write_errors = write_errors + 1 else read_errors = read_errors + 1 end
    if first_error == "" then first_error = status .. " " .. string.sub(body, 1, 300) end
  end
end

done = function(summary, latency, requests)
  local totals = { reads = 0, writes = 0, read_errors = 0, write_errors = 0 }
  local sample = ""
  for _, thread in ipairs(threads) do
    for key in pairs(totals) do totals[key] = totals[key] + thread:get(key) end
    if sample == "" then sample = thread:get("first_error") end
  end
  io.write(string.format("reads %d, writes %d, read errors %d, write errors %d\n", totals.reads, totals.writes, totals.read_errors, totals.write_errors))
  local created_file = os.getenv("CREATED_IDS")
  if created_file then
    local file = assert(io.open(created_file, "w"))
    for _, thread in ipairs(threads) do file:write(thread:get("created_ids")) end
    file:close()
  end
  if sample ~= "" then io.write("first error: " .. sample .. "\n") end
end
