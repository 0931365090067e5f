using System.Text.Json;

namespace TriThuc.Modules.Registry.Tests;

internal static class RegistryTestHelpers
{
    public static List<string?> Names(this JsonElement connection) =>
        connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("fullName").GetString()).ToList();
}
