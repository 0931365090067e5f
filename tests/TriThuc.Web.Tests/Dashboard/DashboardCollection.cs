using TriThuc.Web.Tests.Browser;

namespace TriThuc.Web.Tests.Dashboard;

/// <summary>The web application's tests: one Chromium and one demo province, shared.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<Chromium>, ICollectionFixture<DemoProvince>
{
    public const string Name = "Dashboard";
}
