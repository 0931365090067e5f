namespace TriThuc.Modules.Talent.Parameters;

internal sealed class LegalParameterConfiguration : IEntityTypeConfiguration<LegalParameter>
{
    public void Configure(EntityTypeBuilder<LegalParameter> parameter)
    {
        parameter.ToTable("LegalParameters");
        parameter.Property(p => p.Kind).HasConversion<string>().HasMaxLength(40);
        parameter.Property(p => p.Value).HasPrecision(18, 4);
        parameter.Property(p => p.Instrument).HasMaxLength(LegalParameterRules.MaxInstrumentLength);
        parameter.HasIndex(p => new { p.Kind, p.EffectiveFrom }).IsUnique();
    }
}
