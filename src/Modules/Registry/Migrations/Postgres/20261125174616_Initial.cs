using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace TriThuc.Modules.Registry.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EntityType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RequestId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Changes = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EthnicGroups",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    IsMinority = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EthnicGroups", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "ExpertiseFields",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExpertiseFields", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    HandlerKey = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxMessages", x => new { x.EventId, x.HandlerKey });
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Units",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsRemoteArea = table.Column<bool>(type: "boolean", nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    SuccessorId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Units_Units_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Units_Units_SuccessorId",
                        column: x => x.SuccessorId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Intellectuals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FullName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SearchName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Gender = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                    EthnicGroupCode = table.Column<string>(type: "character varying(2)", nullable: false),
                    NationalId = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    StaffCode = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    JobTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FieldCode = table.Column<string>(type: "character varying(40)", nullable: false),
                    IsPublicSector = table.Column<bool>(type: "boolean", nullable: false),
                    IsRemotePosting = table.Column<bool>(type: "boolean", nullable: false),
                    AcademicTitle = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    AcademicTitleYear = table.Column<int>(type: "integer", nullable: true),
                    PoliticalTheoryLevel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StatusSince = table.Column<DateOnly>(type: "date", nullable: true),
                    MergedIntoId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Intellectuals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Intellectuals_EthnicGroups_EthnicGroupCode",
                        column: x => x.EthnicGroupCode,
                        principalTable: "EthnicGroups",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Intellectuals_ExpertiseFields_FieldCode",
                        column: x => x.FieldCode,
                        principalTable: "ExpertiseFields",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Intellectuals_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Honours",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IntellectualId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AwardedBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Honours", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Honours_Intellectuals_IntellectualId",
                        column: x => x.IntellectualId,
                        principalTable: "Intellectuals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LanguageSkills",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IntellectualId = table.Column<Guid>(type: "uuid", nullable: false),
                    Language = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LanguageSkills", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LanguageSkills_Intellectuals_IntellectualId",
                        column: x => x.IntellectualId,
                        principalTable: "Intellectuals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LeadershipPositions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IntellectualId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    RequiredDegree = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeadershipPositions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LeadershipPositions_Intellectuals_IntellectualId",
                        column: x => x.IntellectualId,
                        principalTable: "Intellectuals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LeadershipPositions_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Qualifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IntellectualId = table.Column<Guid>(type: "uuid", nullable: false),
                    Degree = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Field = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Institution = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Country = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Qualifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Qualifications_Intellectuals_IntellectualId",
                        column: x => x.IntellectualId,
                        principalTable: "Intellectuals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Trainings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IntellectualId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Provider = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Hours = table.Column<int>(type: "integer", nullable: false),
                    Certificate = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Trainings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Trainings_Intellectuals_IntellectualId",
                        column: x => x.IntellectualId,
                        principalTable: "Intellectuals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "EthnicGroups",
                columns: new[] { "Code", "IsMinority", "Name" },
                values: new object[,]
                {
                    { "01", false, "Kinh" },
                    { "02", true, "Tày" },
                    { "03", true, "Thái" },
                    { "04", true, "Hoa" },
                    { "05", true, "Khơ-me" },
                    { "06", true, "Mường" },
                    { "07", true, "Nùng" },
                    { "08", true, "Mông" },
                    { "09", true, "Dao" },
                    { "10", true, "Gia-rai" },
                    { "11", true, "Ngái" },
                    { "12", true, "Ê-đê" },
                    { "13", true, "Ba-na" },
                    { "14", true, "Xơ-đăng" },
                    { "15", true, "Sán Chay" },
                    { "16", true, "Cơ-ho" },
                    { "17", true, "Chăm" },
                    { "18", true, "Sán Dìu" },
                    { "19", true, "Hrê" },
                    { "20", true, "Mnông" },
                    { "21", true, "Ra-glai" },
                    { "22", true, "Xtiêng" },
                    { "23", true, "Bru-Vân Kiều" },
                    { "24", true, "Thổ" },
                    { "25", true, "Giáy" },
                    { "26", true, "Cơ-tu" },
                    { "27", true, "Gié-Triêng" },
                    { "28", true, "Mạ" },
                    { "29", true, "Khơ-mú" },
                    { "30", true, "Co" },
                    { "31", true, "Tà-ôi" },
                    { "32", true, "Chơ-ro" },
                    { "33", true, "Kháng" },
                    { "34", true, "Xinh-mun" },
                    { "35", true, "Hà Nhì" },
                    { "36", true, "Chu-ru" },
                    { "37", true, "Lào" },
                    { "38", true, "La Chí" },
                    { "39", true, "La Ha" },
                    { "40", true, "Phù Lá" },
                    { "41", true, "La Hủ" },
                    { "42", true, "Lự" },
                    { "43", true, "Lô Lô" },
                    { "44", true, "Chứt" },
                    { "45", true, "Mảng" },
                    { "46", true, "Pà Thẻn" },
                    { "47", true, "Cơ Lao" },
                    { "48", true, "Cống" },
                    { "49", true, "Bố Y" },
                    { "50", true, "Si La" },
                    { "51", true, "Pu Péo" },
                    { "52", true, "Brâu" },
                    { "53", true, "Ơ-đu" },
                    { "54", true, "Rơ-măm" }
                });

            migrationBuilder.InsertData(
                table: "ExpertiseFields",
                columns: new[] { "Code", "Name" },
                values: new object[,]
                {
                    { "agriculture", "Nông, lâm nghiệp" },
                    { "biotechnology", "Công nghệ sinh học" },
                    { "culture-arts", "Văn hóa, nghệ thuật" },
                    { "digital-transformation", "Chuyển đổi số" },
                    { "economics", "Kinh tế" },
                    { "education", "Giáo dục" },
                    { "engineering", "Kỹ thuật, công nghệ" },
                    { "health", "Y tế" },
                    { "law", "Luật" },
                    { "natural-sciences", "Khoa học tự nhiên" },
                    { "public-administration", "Quản lý nhà nước" },
                    { "social-sciences", "Khoa học xã hội và nhân văn" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityId_ChangedAt",
                table: "AuditEntries",
                columns: new[] { "EntityId", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Honours_IntellectualId",
                table: "Honours",
                column: "IntellectualId");

            migrationBuilder.CreateIndex(
                name: "IX_Intellectuals_DateOfBirth_SearchName",
                table: "Intellectuals",
                columns: new[] { "DateOfBirth", "SearchName" });

            migrationBuilder.CreateIndex(
                name: "IX_Intellectuals_EthnicGroupCode",
                table: "Intellectuals",
                column: "EthnicGroupCode");

            migrationBuilder.CreateIndex(
                name: "IX_Intellectuals_FieldCode",
                table: "Intellectuals",
                column: "FieldCode");

            migrationBuilder.CreateIndex(
                name: "IX_Intellectuals_NationalId",
                table: "Intellectuals",
                column: "NationalId",
                unique: true,
                filter: "\"NationalId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Intellectuals_SearchName",
                table: "Intellectuals",
                column: "SearchName");

            migrationBuilder.CreateIndex(
                name: "IX_Intellectuals_StaffCode",
                table: "Intellectuals",
                column: "StaffCode");

            migrationBuilder.CreateIndex(
                name: "IX_Intellectuals_UnitId",
                table: "Intellectuals",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Intellectuals_UnitId_DateOfBirth",
                table: "Intellectuals",
                columns: new[] { "UnitId", "DateOfBirth" });

            migrationBuilder.CreateIndex(
                name: "IX_LanguageSkills_IntellectualId",
                table: "LanguageSkills",
                column: "IntellectualId");

            migrationBuilder.CreateIndex(
                name: "IX_LeadershipPositions_IntellectualId_StartDate",
                table: "LeadershipPositions",
                columns: new[] { "IntellectualId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_LeadershipPositions_UnitId",
                table: "LeadershipPositions",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAt_OccurredAt",
                table: "OutboxMessages",
                columns: new[] { "ProcessedAt", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Qualifications_IntellectualId_Degree",
                table: "Qualifications",
                columns: new[] { "IntellectualId", "Degree" });

            migrationBuilder.CreateIndex(
                name: "IX_Trainings_IntellectualId_EndDate",
                table: "Trainings",
                columns: new[] { "IntellectualId", "EndDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Units_Code",
                table: "Units",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Units_ParentId",
                table: "Units",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Units_SuccessorId",
                table: "Units",
                column: "SuccessorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "Honours");

            migrationBuilder.DropTable(
                name: "InboxMessages");

            migrationBuilder.DropTable(
                name: "LanguageSkills");

            migrationBuilder.DropTable(
                name: "LeadershipPositions");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "Qualifications");

            migrationBuilder.DropTable(
                name: "Trainings");

            migrationBuilder.DropTable(
                name: "Intellectuals");

            migrationBuilder.DropTable(
                name: "EthnicGroups");

            migrationBuilder.DropTable(
                name: "ExpertiseFields");

            migrationBuilder.DropTable(
                name: "Units");
        }
    }
}
