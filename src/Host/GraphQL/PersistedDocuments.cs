using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL.Transport;
using Microsoft.Extensions.Caching.Memory;

namespace TriThuc.Host.GraphQL;

/// <summary>
/// Documents sent by their SHA-256 hash, as Apollo's automatic persisted queries send them
/// (<c>extensions.persistedQuery = { version: 1, sha256Hash }</c>): a hash not known yet is answered with
/// <c>PERSISTED_QUERY_NOT_FOUND</c> and the client sends the document with its hash once. In allowlist mode only the
/// documents of the allowlist run, whole or by hash, which keeps every hostile document out before parsing.
/// </summary>
internal sealed class PersistedDocuments
{
    private const string HashPrefix = "sha256:";

    private readonly PersistedDocumentOptions _options;
    private readonly IReadOnlyDictionary<string, string> _allowlist;
    private readonly MemoryCache _registered;

    public PersistedDocuments(IOptions<PlatformOptions> options)
    {
        _options = options.Value.GraphQL.PersistedDocuments;
        _allowlist = _options.AllowlistPath is { Length: > 0 } path
            ? LoadAllowlist(Path.GetFullPath(path, AppContext.BaseDirectory))
            : new Dictionary<string, string>();
        if (_options.Mode == PersistedDocumentMode.AllowlistOnly && _allowlist.Count == 0)
        {
            throw new InvalidOperationException(
                "TriThuc:GraphQL:PersistedDocuments:Mode is AllowlistOnly but no document was loaded from AllowlistPath: every request would be refused.");
        }

        _registered = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.MaxRegisteredCharacters, CompactionPercentage = 0.25 });
    }

    /// <summary>Fills in the document of a request sent by hash, and checks a request against the mode; throws what the caller must be told.</summary>
    public void Resolve(GraphQLRequest request)
    {
        var hash = HashOf(request);
        var hasDocument = !string.IsNullOrWhiteSpace(request.Query);
        if (hash is null)
        {
            if (_options.Mode == PersistedDocumentMode.AllowlistOnly && hasDocument && !_allowlist.ContainsKey(Sha256(request.Query!)))
            {
                throw NotAllowed();
            }

            return;
        }

        if (hasDocument)
        {
            if (!string.Equals(Sha256(request.Query!), hash, StringComparison.OrdinalIgnoreCase))
            {
                throw new GraphQLHttpRequestException(StatusCodes.Status400BadRequest, ErrorCodes.PersistedQueryHashMismatch,
                    "Mã băm sha256Hash không khớp với văn bản truy vấn gửi kèm; hãy tính lại mã băm SHA-256 (dạng hex) của đúng văn bản đó.");
            }

            if (_options.Mode == PersistedDocumentMode.AllowlistOnly)
            {
                if (!_allowlist.ContainsKey(hash))
                {
                    throw NotAllowed();
                }

                return;
            }

            _registered.Set(hash, request.Query!, new MemoryCacheEntryOptions { Size = request.Query!.Length });
            return;
        }

        if (_allowlist.TryGetValue(hash, out var listed))
        {
            request.Query = listed;
        }
        else if (_options.Mode == PersistedDocumentMode.AllowlistOnly)
        {
            throw NotAllowed();
        }
        else if (_registered.TryGetValue(hash, out string? registered))
        {
            request.Query = registered;
        }
        else
        {
            // Apollo Client's link retries with the whole document on this code, or on this exact English message,
            // and reads them from a 200 response as Apollo Server sends it: the status is 200 whatever the media type.
            throw new GraphQLHttpRequestException(StatusCodes.Status200OK, ErrorCodes.PersistedQueryNotFound, "PersistedQueryNotFound");
        }
    }

    private static string? HashOf(GraphQLRequest request)
    {
        if (request.Extensions is null || !request.Extensions.TryGetValue("persistedQuery", out var value) || value is null)
        {
            return null;
        }

        if (value is not IDictionary<string, object?> persisted)
        {
            throw Malformed();
        }

        if (persisted.TryGetValue("version", out var version) && !IsVersionOne(version))
        {
            throw new GraphQLHttpRequestException(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest,
                "Chỉ hỗ trợ persistedQuery phiên bản 1.");
        }

        return persisted.TryGetValue("sha256Hash", out var hash) && hash is string { Length: 64 } text && text.All(char.IsAsciiHexDigit)
            ? text.ToLowerInvariant()
            : throw Malformed();
    }

    private static bool IsVersionOne(object? version) => version switch
    {
        int number => number == 1,
        long number => number == 1,
        decimal number => number == 1,
        double number => number == 1,
        string text => text == "1",
        _ => false,
    };

    private static string Sha256(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    private static GraphQLHttpRequestException Malformed() => new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest,
        "extensions.persistedQuery phải có dạng { \"version\": 1, \"sha256Hash\": \"<64 ký tự hex>\" }.");

    private static GraphQLHttpRequestException NotAllowed() => new(StatusCodes.Status400BadRequest, ErrorCodes.PersistedQueryNotAllowed,
        "Máy chủ chỉ chạy các truy vấn đã đăng ký trong danh sách cho phép; truy vấn này chưa có. Hãy nhờ nhóm phát triển đưa nó vào danh sách khi phát hành.");

    /// <summary>Every manifest in the file or folder, each <c>{ hash: document }</c>; a hash that does not match its document is refused at start.</summary>
    private static Dictionary<string, string> LoadAllowlist(string path)
    {
        var files = System.IO.Directory.Exists(path) ? System.IO.Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal).ToArray() : [path];
        var allowlist = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            var manifest = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file))
                ?? throw new InvalidOperationException($"The allowlist {file} is empty.");
            foreach (var (key, document) in manifest)
            {
                // GraphQL Code Generator's client preset writes its keys as "sha256:<hex>".
                var hash = key.StartsWith(HashPrefix, StringComparison.OrdinalIgnoreCase) ? key[HashPrefix.Length..] : key;
                if (!string.Equals(Sha256(document), hash, StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidOperationException($"The allowlist {file} lists {hash} for a document whose SHA-256 is {Sha256(document)}.");
                }

                allowlist[hash.ToLowerInvariant()] = document;
            }
        }

        return allowlist;
    }
}
