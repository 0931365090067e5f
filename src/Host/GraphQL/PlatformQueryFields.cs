using TriThuc.Host.Imports;

namespace TriThuc.Host.GraphQL;

/// <summary>The host's own root field, <c>platform</c>: the province, the modules this deployment runs, their file imports and how to sign in.</summary>
internal static class PlatformQueryFields
{
    public static ObjectGraphType Create(PlatformOptions options, ModuleCatalog catalog)
    {
        var module = new ObjectGraphType<LoadedModule> { Name = "PlatformModule", Description = "Một phân hệ (module) đang chạy. Khóa: name." };
        module.Field<NonNullGraphType<StringGraphType>>("name").Description("Tên phân hệ.").Resolve(c => c.Source.Name);
        module.Field<NonNullGraphType<StringGraphType>>("title").Description("Tên phân hệ bằng tiếng Việt, để hiển thị cho người dùng.")
            .Resolve(c => c.Source.Definition.Title);
        module.Field<NonNullGraphType<StringGraphType>>("version").Description("Phiên bản phân hệ.").Resolve(c => c.Source.Version);
        module.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("rootFields")
            .Description("Các trường gốc (query, mutation) mà phân hệ đóng góp.")
            .Resolve(c => c.Source.GraphQL.RootFieldNames.ToList());

        var import = new ObjectGraphType<FileImport> { Name = "FileImport", Description = "Một loại dữ liệu nhập được từ tệp .csv hoặc .xlsx. Khóa: url." };
        import.Field<NonNullGraphType<StringGraphType>>("module").Description("Phân hệ nhận dữ liệu.").Resolve(c => c.Source.Module);
        import.Field<NonNullGraphType<StringGraphType>>("kind").Description("Loại dữ liệu, ví dụ intellectuals.").Resolve(c => c.Source.Kind);
        import.Field<NonNullGraphType<StringGraphType>>("title").Description("Tệp chứa gì, bằng tiếng Việt.").Resolve(c => c.Source.Title);
        import.Field<NonNullGraphType<StringGraphType>>("url")
            .Description("Địa chỉ gửi tệp (POST, nội dung là tệp; thêm ?dryRun=true để kiểm tra thử mà không lưu). Cần quyền ghi của phân hệ.")
            .Resolve(c => c.Source.Url);
        import.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("headers")
            .Description("Tiêu đề các cột của tệp, theo thứ tự; cột mang tiêu đề khác không được đọc.")
            .Resolve(c => c.Source.Headers);
        import.Field<NonNullGraphType<StringGraphType>>("templateUrl")
            .Description("Địa chỉ tải tệp mẫu rỗng có sẵn tiêu đề cột (GET; .xlsx, hoặc thêm ?format=csv). Cần quyền ghi của phân hệ.")
            .Resolve(c => c.Source.TemplateUrl);

        var signIn = new ObjectGraphType<SignInSettings> { Name = "SignInSettings", Description = "Cách ứng dụng web đăng nhập người dùng. Không có id: chỉ có một." };
        signIn.Field<NonNullGraphType<EnumType<SignInMethod>>>("method").Description("Cách đăng nhập.").Resolve(c => c.Source.Method);
        signIn.Field<StringGraphType>("authority").Description("Địa chỉ nhà cung cấp định danh OpenID Connect, nếu có.").Resolve(c => c.Source.Authority);
        signIn.Field<StringGraphType>("clientId").Description("Mã ứng dụng web tại nhà cung cấp định danh.").Resolve(c => c.Source.ClientId);
        signIn.Field<StringGraphType>("scope").Description("Phạm vi (scope) ứng dụng web xin cấp.").Resolve(c => c.Source.Scope);

        var platform = new ObjectGraphType { Name = "Platform", Description = "Thông tin về nền tảng TriThuc. Không có id: chỉ có một." };
        platform.Field<NonNullGraphType<StringGraphType>>("province").Description("Tên tỉnh vận hành nền tảng.").Resolve(_ => options.ProvinceName);
        platform.Field<NonNullGraphType<StringGraphType>>("version").Description("Phiên bản nền tảng.")
            .Resolve(_ => typeof(PlatformQueryFields).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        platform.Field("modules", new NonNullGraphType(new ListGraphType(new NonNullGraphType(module))))
            .Description("Các phân hệ đang chạy.")
            .Resolve(_ => catalog.Modules);
        platform.Field("imports", new NonNullGraphType(new ListGraphType(new NonNullGraphType(import))))
            .Description("Các loại dữ liệu nhập được từ tệp, theo phân hệ.")
            .Resolve(c => FileImport.All(catalog, c.RequestServices!));
        var settings = SignInSettings.From(options);
        platform.Field("signIn", new NonNullGraphType(signIn)).Description("Cách ứng dụng web đăng nhập người dùng.").Resolve(_ => settings);

        var root = new ObjectGraphType();
        root.Field("platform", new NonNullGraphType(platform)).Description("Thông tin về nền tảng và các phân hệ.")
            .Access(FieldAccess.Public)
            .Resolve(_ => new object());
        return root;
    }
}
