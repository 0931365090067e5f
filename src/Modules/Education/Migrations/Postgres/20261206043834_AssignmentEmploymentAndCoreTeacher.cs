using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TriThuc.Modules.Education.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AssignmentEmploymentAndCoreTeacher : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Employment",
                table: "TeachingAssignments",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsCoreTeacher",
                table: "TeachingAssignments",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Employment",
                table: "TeachingAssignments");

            migrationBuilder.DropColumn(
                name: "IsCoreTeacher",
                table: "TeachingAssignments");
        }
    }
}
