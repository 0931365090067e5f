namespace TriThuc.SharedKernel.Imports;

/// <summary>
/// A temporary file for what an import holds of a file (its rows, the records it made): personal data, so it is the
/// owner's only (mode 0600, as <see cref="Path.GetTempFileName"/> creates it on Unix) and gone when closed. On Unix its
/// name is removed at once, so that nothing is left behind even if the process is killed.
/// </summary>
internal static class PrivateTempFile
{
    public static FileStream Create()
    {
        var path = Path.GetTempFileName();
        var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81_920, FileOptions.DeleteOnClose);
        if (!OperatingSystem.IsWindows())
        {
            File.Delete(path); // the open stream keeps the data; DeleteOnClose then finds nothing to delete
        }

        return stream;
    }
}
