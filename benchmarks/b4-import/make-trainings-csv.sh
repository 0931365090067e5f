#!/usr/bin/env bash
# Writes an import file of N trainings (the importer's Vietnamese headers, valid rows) for the people of
# make-csv.sh, found by their national IDs: bash make-trainings-csv.sh 100000 [people] > trainings.csv
set -euo pipefail
rows=${1:-100000}
people=${2:-100000}
awk -v rows="$rows" -v people="$people" 'BEGIN {
  srand(46);
  split("Cập nhật kiến thức|Ngoại ngữ|Lý luận chính trị|Chuyên môn|Quản lý", kinds, "|");
  print "Số định danh,Mã cán bộ,Loại,Tên khóa,Cơ sở bồi dưỡng,Từ ngày,Đến ngày,Số giờ,Số chứng chỉ";
  for (i = 1; i <= rows; i++) {
    day = int(rand() * 28) + 1; month = int(rand() * 11) + 1;
    printf "1%011d,,%s,Khóa bồi dưỡng số %d năm 2025,Trường Chính trị tỉnh,%02d/%02d/2025,%02d/%02d/2025,%d,CC-%06d\n",
      int(rand() * people) + 1, kinds[int(rand() * 5) + 1], i, day, month, day, month + 1, 8 * (int(rand() * 10) + 1), i;
  }
}'
