using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace TriThuc.Host.Security;

/// <summary>
/// The keys that sign and verify bearer tokens when no identity provider is configured: those in
/// configuration, or else a development key created once in the data folder (never committed).
/// </summary>
internal static class SigningKeys
{
    public const string DevelopmentKeyFile = "development-signing-key";

    public static IReadOnlyList<SymmetricSecurityKey> Resolve(BearerTokenOptions options, string dataPath)
    {
        var configured = options.SigningKeys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(FromBase64).ToList();
        return configured.Count > 0 ? configured : [LoadOrCreateDevelopmentKey(dataPath)];
    }

    private static SymmetricSecurityKey LoadOrCreateDevelopmentKey(string dataPath)
    {
        Data.PrivateFiles.CreateFolder(dataPath);
        var path = Path.Combine(dataPath, DevelopmentKeyFile);
        if (!File.Exists(path))
        {
            var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            try
            {
                var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
                if (!OperatingSystem.IsWindows())
                {
                    create.UnixCreateMode = Data.PrivateFiles.FileMode;
                }

                using var stream = new FileStream(path, create);

                using var writer = new StreamWriter(stream);
                writer.Write(key);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another host on the same data folder created it first; use theirs.
            }
        }

        return FromBase64(File.ReadAllText(path).Trim());
    }

    private static SymmetricSecurityKey FromBase64(string base64)
    {
        var bytes = Convert.FromBase64String(base64);
        if (bytes.Length < 32)
        {
            throw new InvalidOperationException("A TriThuc:Authentication:SigningKeys entry must be at least 32 bytes (base64 of 32 random bytes).");
        }

        return new SymmetricSecurityKey(bytes);
    }
}
