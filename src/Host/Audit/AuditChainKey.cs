using System.Security.Cryptography;

namespace TriThuc.Host.Audit;

/// <summary>
/// The key of the audit chains: from configuration, or created once in the data folder (mode 600, never committed),
/// as the development signing key is. Someone who can rewrite the database but cannot read this key cannot make a
/// changed row fit its chain again. A key created at this start on a database that already holds chained rows stops the
/// start (<see cref="AuditChain.RefuseForeignChainsAsync"/>).
/// </summary>
internal static class AuditChainKey
{
    public const string KeyFile = "audit-chain-key";

    public static AuditChain Resolve(AuditOptions options, string dataPath)
    {
        if (!string.IsNullOrWhiteSpace(options.ChainKey))
        {
            var configured = Convert.FromBase64String(options.ChainKey);
            return configured.Length >= 32 ? new AuditChain(configured)
                : throw new InvalidOperationException("TriThuc:Audit:ChainKey must be at least 32 bytes (base64 of 32 random bytes).");
        }

        Data.PrivateFiles.CreateFolder(dataPath);
        var path = Path.Combine(dataPath, KeyFile);
        var created = false;
        if (!File.Exists(path))
        {
            try
            {
                var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
                if (!OperatingSystem.IsWindows())
                {
                    create.UnixCreateMode = Data.PrivateFiles.FileMode;
                }

                using var stream = new FileStream(path, create);
                using var writer = new StreamWriter(stream);
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
                created = true;
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another host on the same data folder created it first; use theirs.
            }
        }

        return new AuditChain(Convert.FromBase64String(File.ReadAllText(path).Trim())) { NewKeyFile = created ? path : null };
    }
}
