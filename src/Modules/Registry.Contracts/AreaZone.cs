namespace TriThuc.Modules.Registry.Contracts;

/// <summary>The region a commune is classed in for ethnic-minority and mountainous policy (khu vực I, II, III): III is the most disadvantaged.</summary>
[Description("Khu vực của xã vùng đồng bào dân tộc thiểu số và miền núi theo danh sách được duyệt cho từng giai đoạn: khu vực III khó khăn nhất.")]
public enum AreaZone
{
    [Description("Khu vực I")]
    RegionI,
    [Description("Khu vực II")]
    RegionII,
    [Description("Khu vực III")]
    RegionIII,
}
