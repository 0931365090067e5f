#!/usr/bin/env bash
# Writes an import file of N new intellectuals (the importer's Vietnamese headers, valid rows, national
# IDs that no generated person has) for B4.   bash make-csv.sh 100000 > people.csv
# A second file of other people (other names, birth dates and keys) for the same province: make-csv.sh 100000 46 200001
set -euo pipefail
rows=${1:-100000} seed=${2:-45} first=${3:-1}
awk -v rows="$rows" -v seed="$seed" -v first="$first" 'BEGIN {
  srand(seed);
  split("Nguyễn Trần Lê Phạm Hoàng Vũ Đặng Bùi Đỗ Hồ Ngô Dương Lý Ma Nông Hà Triệu Lục", surnames, " ");
  split("Văn Thị Đức Minh Ngọc Thu Hữu Thanh", middles, " ");
  split("An Bình Chi Dũng Giang Hà Hải Hạnh Hoa Hùng Hương Lan Linh Long Mai Nam Phong Quân Sơn Thảo Trang Tuấn Vân Yến", givens, " ");
  split("Kinh Tày Dao Mông Nùng 01 02 08 09", ethnic, " ");
  split("SNV SGDDT SYT SKHCN SNNMT STC SVHTTDL SXD PHDHTN DHTT BVDKT BVHSP THPTC THPTDV PTDTNTMV HLHPN LHHKT X-DV X-MV X-HSP X-YS X-LC P-HG1 P-MT", units, " ");
  split("education health agriculture economics law engineering public-administration digital-transformation", fields, " ");
  print "Họ và tên,Giới tính,Ngày sinh,Dân tộc,Số định danh,Mã cán bộ,Điện thoại,Thư điện tử,Mã đơn vị,Chức danh,Lĩnh vực,Khu vực công,\"Vùng sâu, vùng xa\"";
  for (i = 1; i <= rows; i++) {
    female = rand() < 0.52;
    name = surnames[int(rand() * 18) + 1] " " middles[int(rand() * 8) + 1] " " givens[int(rand() * 24) + 1];
    printf "%s,%s,%02d/%02d/%d,%s,1%011d,NK-%06d,09%08d,nk%06d@tuyenquang.gov.vn,%s,Chuyên viên,%s,%s,%s\n",
      name, female ? "Nữ" : "Nam", int(rand() * 28) + 1, int(rand() * 12) + 1, 1965 + int(rand() * 38),
      ethnic[int(rand() * 9) + 1], first + i - 1, first + i - 1, int(rand() * 90000000) + 10000000, first + i - 1,
      units[int(rand() * 24) + 1], fields[int(rand() * 8) + 1], rand() < 0.9 ? "Có" : "Không", rand() < 0.2 ? "Có" : "Không";
  }
}'
