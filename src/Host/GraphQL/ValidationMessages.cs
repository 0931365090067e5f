using System.Text.RegularExpressions;
using GraphQL.Validation;

namespace TriThuc.Host.GraphQL;

/// <summary>
/// A Vietnamese sentence for each kind of error graphql-dotnet's parser and validator raise in English, with the
/// English text kept after it as the detail (it names the field, type or variable at fault), and the input at fault as
/// <c>extensions.field</c> where the English text names one: a field the type lacks, an unknown argument, a variable.
/// </summary>
internal static partial class ValidationMessages
{
    public static (string Message, string? Field) For(ValidationError error, string english)
    {
        var (sentence, fieldAt) = error.Code switch
        {
            "FIELDS_ON_CORRECT_TYPE" => ("Truy vấn hỏi một trường mà kiểu dữ liệu không có.", 0),
            "KNOWN_ARGUMENT_NAMES" => ("Truy vấn truyền một đối số mà trường không nhận.", 0),
            "PROVIDED_REQUIRED_ARGUMENTS" => ("Truy vấn thiếu một đối số bắt buộc.", -1),
            "ARGUMENTS_OF_CORRECT_TYPE" => ("Giá trị của một đối số không đúng kiểu.", 0),
            "SCALAR_LEAFS" => ("Trường phải chọn các trường con (hoặc không được chọn trường con).", 0),
            "KNOWN_TYPE_NAMES" => ("Truy vấn nêu một kiểu dữ liệu không có trong lược đồ.", -1),
            "VARIABLES_ARE_INPUT_TYPES" => ("Biến phải có kiểu dữ liệu đầu vào.", 0),
            "NO_UNDEFINED_VARIABLES" => ("Truy vấn dùng một biến chưa khai báo.", 0),
            "NO_UNUSED_VARIABLES" => ("Truy vấn khai báo một biến mà không dùng.", 0),
            "VARIABLES_IN_ALLOWED_POSITION" => ("Một biến được dùng ở chỗ cần kiểu dữ liệu khác.", 0),
            "INVALID_VALUE" or "VARIABLE_VALUE" => ("Giá trị của một biến không hợp lệ.", 0),
            "UNIQUE_ARGUMENT_NAMES" or "UNIQUE_VARIABLE_NAMES" or "UNIQUE_INPUT_FIELD_NAMES" => ("Truy vấn nêu một tên hai lần.", 0),
            "UNIQUE_OPERATION_NAMES" or "LONE_ANONYMOUS_OPERATION" => ("Tài liệu có các thao tác trùng tên hoặc thiếu tên.", -1),
            "KNOWN_FRAGMENT_NAMES" or "NO_UNUSED_FRAGMENTS" or "NO_FRAGMENT_CYCLES" or "UNIQUE_FRAGMENT_NAMES"
                or "POSSIBLE_FRAGMENT_SPREADS" or "FRAGMENTS_ON_COMPOSITE_TYPES" => ("Một fragment của truy vấn không hợp lệ.", -1),
            "KNOWN_DIRECTIVES" or "UNIQUE_DIRECTIVES_PER_LOCATION" or "DIRECTIVES_IN_ALLOWED_LOCATIONS" => ("Một chỉ thị (directive) của truy vấn không hợp lệ.", -1),
            "OVERLAPPING_FIELDS_CAN_BE_MERGED" => ("Hai trường cùng tên trả lời (alias) mà hỏi khác nhau.", -1),
            "SINGLE_ROOT_FIELD_SUBSCRIPTIONS" => ("Một đăng ký (subscription) chỉ được hỏi một trường gốc.", -1),
            _ => ("Truy vấn GraphQL không hợp lệ với lược đồ của nền tảng.", -1),
        };

        var field = fieldAt < 0 ? null : Quoted().Matches(english).Select(m => m.Groups[1].Value).ElementAtOrDefault(fieldAt);
        return ($"{sentence} Chi tiết: {english}", string.IsNullOrEmpty(field) ? null : field);
    }

    public static string ForSyntax(string english) => $"Truy vấn GraphQL sai cú pháp. Chi tiết: {english}";

    public static string ForComplexity(string english) =>
        $"Truy vấn quá phức tạp (hỏi quá nhiều trường hay quá nhiều bản ghi một lần); hãy chia thành nhiều truy vấn nhỏ hơn. Chi tiết: {english}";

    [GeneratedRegex(@"'\$?([^'\s]+)'")]
    private static partial Regex Quoted();
}
