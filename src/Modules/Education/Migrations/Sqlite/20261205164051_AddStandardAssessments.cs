using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TriThuc.Modules.Education.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddStandardAssessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StandardAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolYear = table.Column<int>(type: "INTEGER", nullable: false),
                    SelfRatings = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    SelfLevel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FinalRatings = table.Column<string>(type: "TEXT", maxLength: 15, nullable: true),
                    FinalLevel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    FinalisedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandardAssessments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StandardAssessments_PersonId_SchoolYear",
                table: "StandardAssessments",
                columns: new[] { "PersonId", "SchoolYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StandardAssessments_SchoolYear_UnitId",
                table: "StandardAssessments",
                columns: new[] { "SchoolYear", "UnitId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StandardAssessments");
        }
    }
}
