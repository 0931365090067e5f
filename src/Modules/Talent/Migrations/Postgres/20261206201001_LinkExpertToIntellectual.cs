using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TriThuc.Modules.Talent.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LinkExpertToIntellectual : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "IntellectualId",
                table: "Experts",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Experts_IntellectualId",
                table: "Experts",
                column: "IntellectualId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Experts_IntellectualId",
                table: "Experts");

            migrationBuilder.DropColumn(
                name: "IntellectualId",
                table: "Experts");
        }
    }
}
