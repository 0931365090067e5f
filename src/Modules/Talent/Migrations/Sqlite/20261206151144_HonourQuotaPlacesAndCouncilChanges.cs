using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TriThuc.Modules.Talent.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HonourQuotaPlacesAndCouncilChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_HonourNominations_RoundId_NominatingUnitId",
                table: "HonourNominations");

            migrationBuilder.AddColumn<Guid>(
                name: "ActingChairSeatId",
                table: "HonourNominations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "QuotaPlace",
                table: "HonourNominations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "HonourSeatRemovals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeatId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IntellectualId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RemovedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ScoresRemoved = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HonourSeatRemovals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HonourSeatRemovals_HonourRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "HonourRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Nominations that took a place before places were numbered keep it, in the order they were filed.
            migrationBuilder.Sql(@"UPDATE ""HonourNominations"" AS n SET ""QuotaPlace"" = (SELECT COUNT(*) FROM ""HonourNominations"" AS m
                WHERE m.""RoundId"" = n.""RoundId"" AND m.""NominatingUnitId"" = n.""NominatingUnitId"" AND m.""Status"" <> 'Ineligible'
                  AND (m.""NominatedAt"" < n.""NominatedAt"" OR (m.""NominatedAt"" = n.""NominatedAt"" AND m.""Id"" <= n.""Id"")))
                WHERE n.""Status"" <> 'Ineligible';");

            migrationBuilder.CreateIndex(
                name: "IX_HonourNominations_RoundId_NominatingUnitId_QuotaPlace",
                table: "HonourNominations",
                columns: new[] { "RoundId", "NominatingUnitId", "QuotaPlace" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HonourSeatRemovals_IntellectualId",
                table: "HonourSeatRemovals",
                column: "IntellectualId");

            migrationBuilder.CreateIndex(
                name: "IX_HonourSeatRemovals_RoundId",
                table: "HonourSeatRemovals",
                column: "RoundId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HonourSeatRemovals");

            migrationBuilder.DropIndex(
                name: "IX_HonourNominations_RoundId_NominatingUnitId_QuotaPlace",
                table: "HonourNominations");

            migrationBuilder.DropColumn(
                name: "ActingChairSeatId",
                table: "HonourNominations");

            migrationBuilder.DropColumn(
                name: "QuotaPlace",
                table: "HonourNominations");

            migrationBuilder.CreateIndex(
                name: "IX_HonourNominations_RoundId_NominatingUnitId",
                table: "HonourNominations",
                columns: new[] { "RoundId", "NominatingUnitId" });
        }
    }
}
