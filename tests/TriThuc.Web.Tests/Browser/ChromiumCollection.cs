namespace TriThuc.Web.Tests.Browser;

/// <summary>The tests that share one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<Chromium>
{
    public const string Name = "Chromium";
}
