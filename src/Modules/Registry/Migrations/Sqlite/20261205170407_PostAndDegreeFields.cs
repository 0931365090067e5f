using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TriThuc.Modules.Registry.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PostAndDegreeFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FieldCode",
                table: "Qualifications",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequiredFieldCode",
                table: "LeadershipPositions",
                type: "TEXT",
                maxLength: 50,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FieldCode",
                table: "Qualifications");

            migrationBuilder.DropColumn(
                name: "RequiredFieldCode",
                table: "LeadershipPositions");
        }
    }
}
