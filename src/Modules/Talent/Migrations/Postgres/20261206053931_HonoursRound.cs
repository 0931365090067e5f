using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TriThuc.Modules.Talent.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class HonoursRound : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HonouredAchievements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IntellectualId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(310)", maxLength: 310, nullable: false),
                    NominationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HonouredAchievements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HonourRounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    MinimumYearsOfWork = table.Column<int>(type: "integer", nullable: false),
                    RequiredAchievements = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    OpensAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosesAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecisionNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AwardedBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HonourRounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HonourCouncilSeats",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    IntellectualId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HonourCouncilSeats", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HonourCouncilSeats_HonourRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "HonourRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HonourNominations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    IntellectualId = table.Column<Guid>(type: "uuid", nullable: false),
                    NominatingUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    NominatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FailedCriteria = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    YearsOfWork = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HonourNominations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HonourNominations_HonourRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "HonourRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HonourQuotas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Quota = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HonourQuotas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HonourQuotas_HonourRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "HonourRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HonourAchievements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NominationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Key = table.Column<string>(type: "character varying(310)", maxLength: 310, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HonourAchievements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HonourAchievements_HonourNominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "HonourNominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HonourEvidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NominationId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HonourEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HonourEvidence_HonourNominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "HonourNominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HonourScores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NominationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SeatId = table.Column<Guid>(type: "uuid", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HonourScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HonourScores_HonourNominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "HonourNominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HonourAchievements_NominationId",
                table: "HonourAchievements",
                column: "NominationId");

            migrationBuilder.CreateIndex(
                name: "IX_HonourCouncilSeats_RoundId_IntellectualId",
                table: "HonourCouncilSeats",
                columns: new[] { "RoundId", "IntellectualId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HonouredAchievements_IntellectualId_Key",
                table: "HonouredAchievements",
                columns: new[] { "IntellectualId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HonourEvidence_NominationId",
                table: "HonourEvidence",
                column: "NominationId");

            migrationBuilder.CreateIndex(
                name: "IX_HonourNominations_IntellectualId",
                table: "HonourNominations",
                column: "IntellectualId");

            migrationBuilder.CreateIndex(
                name: "IX_HonourNominations_RoundId_IntellectualId",
                table: "HonourNominations",
                columns: new[] { "RoundId", "IntellectualId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HonourNominations_RoundId_NominatingUnitId",
                table: "HonourNominations",
                columns: new[] { "RoundId", "NominatingUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_HonourQuotas_RoundId_UnitId",
                table: "HonourQuotas",
                columns: new[] { "RoundId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HonourRounds_Year",
                table: "HonourRounds",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HonourScores_NominationId_SeatId",
                table: "HonourScores",
                columns: new[] { "NominationId", "SeatId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HonourAchievements");

            migrationBuilder.DropTable(
                name: "HonourCouncilSeats");

            migrationBuilder.DropTable(
                name: "HonouredAchievements");

            migrationBuilder.DropTable(
                name: "HonourEvidence");

            migrationBuilder.DropTable(
                name: "HonourQuotas");

            migrationBuilder.DropTable(
                name: "HonourScores");

            migrationBuilder.DropTable(
                name: "HonourNominations");

            migrationBuilder.DropTable(
                name: "HonourRounds");
        }
    }
}
