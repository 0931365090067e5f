using Serilog.Core;
using Serilog.Events;

namespace TriThuc.Host.Logging;

/// <summary>Tags every log line with the module whose code wrote it (by the logger's namespace), or "Host".</summary>
internal sealed class ModuleLogEnricher : ILogEventEnricher
{
    public const string PropertyName = "Module";

    private (string Namespace, LogEventProperty Property)[] _modules = [];
    private readonly LogEventProperty _host = new(PropertyName, new ScalarValue("Host"));

    public void Register(IEnumerable<LoadedModule> modules) =>
        _modules = modules.Select(m => (m.Namespace + ".", new LogEventProperty(PropertyName, new ScalarValue(m.Name)))).ToArray();

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        var property = _host;
        if (logEvent.Properties.TryGetValue(Serilog.Core.Constants.SourceContextPropertyName, out var value)
            && value is ScalarValue { Value: string sourceContext })
        {
            foreach (var (prefix, moduleProperty) in _modules)
            {
                if (sourceContext.StartsWith(prefix, StringComparison.Ordinal))
                {
                    property = moduleProperty;
                    break;
                }
            }
        }

        logEvent.AddPropertyIfAbsent(property);
    }
}
