using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TriThuc.Modules.Science.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UniqueChairAndSecretary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_CouncilMembers_CouncilId_Role",
                table: "CouncilMembers",
                columns: new[] { "CouncilId", "Role" },
                unique: true,
                filter: "\"Role\" IN ('Chair', 'Secretary')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CouncilMembers_CouncilId_Role",
                table: "CouncilMembers");
        }
    }
}
