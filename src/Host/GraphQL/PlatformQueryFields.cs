namespace TriThuc.Host.GraphQL;

/// <summary>The host's own root field, <c>platform</c>: the province and the modules this deployment runs.</summary>
internal static class PlatformQueryFields
{
    public static ObjectGraphType Create(PlatformOptions options, ModuleCatalog catalog)
    {
        var module = new ObjectGraphType<LoadedModule> { Name = "PlatformModule", Description = "Một phân hệ (module) đang chạy. Khóa: name." };
        module.Field<NonNullGraphType<StringGraphType>>("name").Description("Tên phân hệ.").Resolve(c => c.Source.Name);
        module.Field<NonNullGraphType<StringGraphType>>("version").Description("Phiên bản phân hệ.").Resolve(c => c.Source.Version);
        module.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("rootFields")
            .Description("Các trường gốc (query, mutation) mà phân hệ đóng góp.")
            .Resolve(c => c.Source.GraphQL.RootFieldNames.ToList());

        var platform = new ObjectGraphType { Name = "Platform", Description = "Thông tin về nền tảng TriThuc. Không có id: chỉ có một." };
        platform.Field<NonNullGraphType<StringGraphType>>("province").Description("Tên tỉnh vận hành nền tảng.").Resolve(_ => options.ProvinceName);
        platform.Field<NonNullGraphType<StringGraphType>>("version").Description("Phiên bản nền tảng.")
            .Resolve(_ => typeof(PlatformQueryFields).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        platform.Field("modules", new NonNullGraphType(new ListGraphType(new NonNullGraphType(module))))
            .Description("Các phân hệ đang chạy.")
            .Resolve(_ => catalog.Modules);

        var root = new ObjectGraphType();
        root.Field("platform", new NonNullGraphType(platform)).Description("Thông tin về nền tảng và các phân hệ.")
            .Access(FieldAccess.Public)
            .Resolve(_ => new object());
        return root;
    }
}
