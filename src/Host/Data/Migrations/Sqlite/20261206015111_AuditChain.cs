using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TriThuc.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ChainHash",
                table: "ReviewSnapshots",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChainIndex",
                table: "ReviewSnapshots",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChainHash",
                table: "ReviewSnapshotIndicators",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChainIndex",
                table: "ReviewSnapshotIndicators",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChainHash",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChainIndex",
                table: "AuditEntries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChainHash",
                table: "AccessLog",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChainIndex",
                table: "AccessLog",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewSnapshots_ChainIndex",
                table: "ReviewSnapshots",
                column: "ChainIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewSnapshotIndicators_ChainIndex",
                table: "ReviewSnapshotIndicators",
                column: "ChainIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ChainIndex",
                table: "AuditEntries",
                column: "ChainIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AccessLog_ChainIndex",
                table: "AccessLog",
                column: "ChainIndex",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReviewSnapshots_ChainIndex",
                table: "ReviewSnapshots");

            migrationBuilder.DropIndex(
                name: "IX_ReviewSnapshotIndicators_ChainIndex",
                table: "ReviewSnapshotIndicators");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_ChainIndex",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AccessLog_ChainIndex",
                table: "AccessLog");

            migrationBuilder.DropColumn(
                name: "ChainHash",
                table: "ReviewSnapshots");

            migrationBuilder.DropColumn(
                name: "ChainIndex",
                table: "ReviewSnapshots");

            migrationBuilder.DropColumn(
                name: "ChainHash",
                table: "ReviewSnapshotIndicators");

            migrationBuilder.DropColumn(
                name: "ChainIndex",
                table: "ReviewSnapshotIndicators");

            migrationBuilder.DropColumn(
                name: "ChainHash",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "ChainIndex",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "ChainHash",
                table: "AccessLog");

            migrationBuilder.DropColumn(
                name: "ChainIndex",
                table: "AccessLog");
        }
    }
}
