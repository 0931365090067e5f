using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TriThuc.Modules.Talent.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddRemoteSupport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RemotePayments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemotePayments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RemotePostings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemotePostings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RemotePayments_PersonId_Kind_Month",
                table: "RemotePayments",
                columns: new[] { "PersonId", "Kind", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RemotePostings_PersonId",
                table: "RemotePostings",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_RemotePostings_UnitId_StartsOn",
                table: "RemotePostings",
                columns: new[] { "UnitId", "StartsOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RemotePayments");

            migrationBuilder.DropTable(
                name: "RemotePostings");
        }
    }
}
