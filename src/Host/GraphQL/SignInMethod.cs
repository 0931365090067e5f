namespace TriThuc.Host.GraphQL;

[System.ComponentModel.Description("Cách người dùng đăng nhập vào ứng dụng web của nền tảng.")]
public enum SignInMethod
{
    /// <summary>Tokens come from the host's development key: an administrator prints one with the token command.</summary>
    [System.ComponentModel.Description("Dán mã thông báo (token) thử nghiệm in bằng lệnh `dotnet run --project src/Host -- token --role …`.")]
    DevelopmentToken,

    /// <summary>Through the province's identity provider, with the authorization code and PKCE.</summary>
    [System.ComponentModel.Description("Đăng nhập qua nhà cung cấp định danh OpenID Connect của tỉnh (mã ủy quyền và PKCE).")]
    OpenIdConnect,

    /// <summary>An identity provider is set but not the web application's client id: nobody can sign in from the browser yet.</summary>
    [System.ComponentModel.Description("Chưa cấu hình: có nhà cung cấp định danh nhưng thiếu TriThuc:Web:ClientId của ứng dụng web.")]
    NotConfigured,
}
