using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TriThuc.Modules.University.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LecturerWorkloads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LecturerWorkloads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    AcademicYear = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkingHours = table.Column<int>(type: "integer", nullable: false),
                    TeachingNorm = table.Column<int>(type: "integer", nullable: false),
                    TeachingHours = table.Column<decimal>(type: "numeric(6,1)", precision: 6, scale: 1, nullable: false),
                    ResearchHours = table.Column<int>(type: "integer", nullable: false),
                    IsProbationary = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LecturerWorkloads", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LecturerWorkloads_AcademicYear_UnitId",
                table: "LecturerWorkloads",
                columns: new[] { "AcademicYear", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_LecturerWorkloads_PersonId_AcademicYear",
                table: "LecturerWorkloads",
                columns: new[] { "PersonId", "AcademicYear" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LecturerWorkloads");
        }
    }
}
