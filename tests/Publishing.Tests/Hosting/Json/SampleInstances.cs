using System.Collections;
using System.Reflection;

namespace Publishing.Tests.Hosting.Json;

/// <summary>
/// Builds an instance of any stored type by reflection: every nullable member null (or, filled, a value), every other
/// member a plain value, every list one element. What the app writes with such an instance, it must read back.
/// </summary>
internal sealed class SampleInstances(bool nullsWherePossible)
{
    private static readonly NullabilityInfoContext Nullability = new();
    private static readonly DateTimeOffset Instant = new(2026, 3, 2, 10, 30, 0, TimeSpan.Zero);

    public object Build(Type type) => BuildValue(type, nullable: false, depth: 0)
        ?? throw new InvalidOperationException($"{type} built as null");

    private object? BuildValue(Type type, bool nullable, int depth)
    {
        if (nullable && (nullsWherePossible || depth > 6)) return null;
        if (Nullable.GetUnderlyingType(type) is { } underlying) return BuildValue(underlying, nullable: false, depth);
        if (type == typeof(string)) return "x";
        if (type == typeof(bool)) return true;
        if (type.IsEnum) return Enum.GetValues(type).GetValue(Enum.GetValues(type).Length - 1);
        if (type == typeof(int)) return 2;
        if (type == typeof(long)) return 2L;
        if (type == typeof(double)) return 2.5;
        if (type == typeof(decimal)) return 2.5m;
        if (type == typeof(DateTimeOffset)) return Instant;
        if (type == typeof(DateTime)) return Instant.UtcDateTime;
        if (type == typeof(DateOnly)) return DateOnly.FromDateTime(Instant.UtcDateTime);
        if (type == typeof(TimeSpan)) return TimeSpan.FromMinutes(5);
        if (type == typeof(Guid)) return new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");
        if (type == typeof(Uri)) return new Uri("https://publishing.example/x");
        if (type == typeof(byte[])) return new byte[] { 1, 2, 3 };
        if (type.IsArray) return OneElementArray(type.GetElementType()!, depth);
        if (DictionaryTypes(type) is { } pair) return OneEntryDictionary(pair.Key, pair.Value, depth);
        if (ElementType(type) is { } element) return OneElementList(element, depth);
        return BuildObject(type, depth);
    }

    private object BuildObject(Type type, int depth)
    {
        if (type.IsAbstract || type.IsInterface) throw new NotSupportedException($"cannot build an instance of {type}");
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        object instance;
        if (constructor is null) instance = Activator.CreateInstance(type)!;
        else
        {
            var arguments = constructor.GetParameters()
                .Select(p => BuildValue(p.ParameterType, IsNullable(Nullability.Create(p)), depth + 1)).ToArray();
            instance = constructor.Invoke(arguments);
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is not { IsPublic: true } || property.GetIndexParameters().Length > 0) continue;
            var nullable = IsNullable(Nullability.Create(property));
            var required = property.GetCustomAttribute<System.Runtime.CompilerServices.RequiredMemberAttribute>() is not null;
            var fill = required || (nullable && (nullsWherePossible || property.GetValue(instance) is null));
            if (!fill) continue;
            property.SetValue(instance, BuildValue(property.PropertyType, nullable, depth + 1));
        }
        return instance;
    }

    private static bool IsNullable(NullabilityInfo info) => info.WriteState == NullabilityState.Nullable || info.ReadState == NullabilityState.Nullable;

    private Array OneElementArray(Type element, int depth)
    {
        var array = Array.CreateInstance(element, 1);
        array.SetValue(BuildValue(element, nullable: false, depth + 1), 0);
        return array;
    }

    private object OneElementList(Type element, int depth)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        list.Add(BuildValue(element, nullable: false, depth + 1));
        return list;
    }

    private object OneEntryDictionary(Type key, Type value, int depth)
    {
        var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(key, value))!;
        dictionary.Add(BuildValue(key, nullable: false, depth + 1)!, BuildValue(value, nullable: false, depth + 1));
        return dictionary;
    }

    private static (Type Key, Type Value)? DictionaryTypes(Type type)
    {
        var generic = type.IsGenericType ? type.GetGenericTypeDefinition() : null;
        if (generic != typeof(Dictionary<,>) && generic != typeof(IDictionary<,>) && generic != typeof(IReadOnlyDictionary<,>)) return null;
        var arguments = type.GetGenericArguments();
        return (arguments[0], arguments[1]);
    }

    private static Type? ElementType(Type type)
    {
        if (!type.IsGenericType) return null;
        var generic = type.GetGenericTypeDefinition();
        return generic == typeof(List<>) || generic == typeof(IReadOnlyList<>) || generic == typeof(IList<>) || generic == typeof(IEnumerable<>)
            || generic == typeof(IReadOnlyCollection<>) || generic == typeof(ICollection<>)
            ? type.GetGenericArguments()[0]
            : null;
    }
}
