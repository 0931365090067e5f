using System.Text;

namespace TriThuc.Host.Modules;

/// <summary>The table the host logs once started: each module, its version, its database and its GraphQL root fields.</summary>
internal static class StartupTable
{
    public static string Render(ModuleCatalog catalog)
    {
        var rows = catalog.Modules
            .Select(m => new[] { m.Name, m.Version, m.Context.Database.Describe(), string.Join(", ", m.GraphQL.RootFieldNames) })
            .Concat(catalog.Failures.Select(f => new[] { f.ModuleName, "-", "-", "FAILED: " + f.Reason }))
            .Prepend(["Module", "Version", "Database", "GraphQL fields"])
            .ToList();
        if (rows.Count == 1)
        {
            return "(no module loaded)";
        }

        var widths = Enumerable.Range(0, 4).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendLine(string.Join("  ", row.Select((cell, c) => c == 3 ? cell : cell.PadRight(widths[c]))).TrimEnd());
        }

        return text.ToString().TrimEnd();
    }
}
