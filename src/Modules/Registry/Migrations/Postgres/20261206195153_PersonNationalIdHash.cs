using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TriThuc.Modules.Registry.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PersonNationalIdHash : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NationalIdHash",
                table: "Intellectuals",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Intellectuals_NationalIdHash",
                table: "Intellectuals",
                column: "NationalIdHash");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Intellectuals_NationalIdHash",
                table: "Intellectuals");

            migrationBuilder.DropColumn(
                name: "NationalIdHash",
                table: "Intellectuals");
        }
    }
}
