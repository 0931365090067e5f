using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TriThuc.Modules.Associations.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LeaderSeatsAndTermYears : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TermLeaders_TermId_PersonId",
                table: "TermLeaders");

            migrationBuilder.AddColumn<DateOnly>(
                name: "LeftOn",
                table: "TermLeaders",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeftReason",
                table: "TermLeaders",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            // Associations recorded before the charter's term length was data take the usual five years (EF wrote 0).
            migrationBuilder.AddColumn<int>(
                name: "TermYears",
                table: "Associations",
                type: "integer",
                nullable: false,
                defaultValue: 5);

            migrationBuilder.CreateIndex(
                name: "IX_TermLeaders_TermId_PersonId",
                table: "TermLeaders",
                columns: new[] { "TermId", "PersonId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TermLeaders_TermId_PersonId",
                table: "TermLeaders");

            migrationBuilder.DropColumn(
                name: "LeftOn",
                table: "TermLeaders");

            migrationBuilder.DropColumn(
                name: "LeftReason",
                table: "TermLeaders");

            migrationBuilder.DropColumn(
                name: "TermYears",
                table: "Associations");

            migrationBuilder.CreateIndex(
                name: "IX_TermLeaders_TermId_PersonId",
                table: "TermLeaders",
                columns: new[] { "TermId", "PersonId" },
                unique: true);
        }
    }
}
