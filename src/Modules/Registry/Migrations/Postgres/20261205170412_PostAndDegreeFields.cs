using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TriThuc.Modules.Registry.Migrations.Postgres
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
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequiredFieldCode",
                table: "LeadershipPositions",
                type: "character varying(50)",
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
