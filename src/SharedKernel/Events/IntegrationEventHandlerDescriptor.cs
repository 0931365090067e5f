using System.Reflection;

namespace TriThuc.SharedKernel.Events;

/// <summary>What the dispatcher knows of a handler without creating it: its class, its event and its inbox database.</summary>
public sealed record IntegrationEventHandlerDescriptor(Type HandlerType, Type EventType, Type InboxDbContextType)
{
    /// <summary>The name the inbox remembers the handler by.</summary>
    public string Key => HandlerType.FullName!;

    /// <summary>Every concrete <see cref="IntegrationEventHandler{TEvent, TDbContext}"/> in an assembly.</summary>
    public static IEnumerable<IntegrationEventHandlerDescriptor> DiscoverIn(Assembly assembly) =>
        assembly.GetTypes().Where(t => !t.IsAbstract && !t.ContainsGenericParameters).Select(Describe).OfType<IntegrationEventHandlerDescriptor>();

    public static IntegrationEventHandlerDescriptor? Describe(Type type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(IntegrationEventHandler<,>))
            {
                var arguments = current.GetGenericArguments();
                return new IntegrationEventHandlerDescriptor(type, arguments[0], arguments[1]);
            }
        }

        return null;
    }
}
