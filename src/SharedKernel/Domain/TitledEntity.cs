using TriThuc.SharedKernel.Text;

namespace TriThuc.SharedKernel.Domain;

/// <summary>A record found by its title: the title is kept folded (no diacritics, lower case) beside it, for search.</summary>
public abstract class TitledEntity : Entity
{
    private string _title = "";

    public string Title
    {
        get => _title;
        set
        {
            _title = value;
            SearchTitle = VietnameseText.Fold(value);
        }
    }

    /// <summary>The title without diacritics, lower case: "lúa nếp" is stored as "lua nep".</summary>
    public string SearchTitle { get; private set; } = "";
}
