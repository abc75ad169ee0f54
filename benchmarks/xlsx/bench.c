/* Baseline: 1,000,000 rows x 9 columns through libxlsxwriter in constant-memory mode.
 * Writes exactly the cells of swift/main.swift, so both files must be byte-identical. */
#include <stdio.h>
#include <stdlib.h>
#include <xlsxwriter.h>

static void check(lxw_error e, const char *call) {
    if (e != LXW_NO_ERROR) {
        fprintf(stderr, "%s: %s\n", call, lxw_strerror(e));
        exit(1);
    }
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: %s OUT.xlsx [ROWS]\n", argv[0]); return 2; }
    long rows = argc > 2 ? atol(argv[2]) : 1000000;
    static char interns[50][32];
    static char texts[1000][96];
    for (int i = 0; i < 50; i++) snprintf(interns[i], sizeof interns[i], "intern-%02d", i);
    for (int i = 0; i < 1000; i++)
        snprintf(texts[i], sizeof texts[i], "Tìm hiểu dịch vụ %d và ghi chú bài học số %d", i, i * 7 % 13);
    const char *header[9] = {"intern", "week", "lang", "day_index", "task_index", "kind", "text", "date", "lag_days"};

    lxw_workbook_options options = {.constant_memory = LXW_TRUE};
    lxw_workbook *wb = workbook_new_opt(argv[1], &options);
    if (!wb) { fprintf(stderr, "workbook_new_opt failed\n"); return 1; }
    lxw_doc_properties props = {.title = "bench", .created = 1700000000};
    check(workbook_set_properties(wb, &props), "workbook_set_properties");
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Tasks");
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy-mm-dd");
    for (int c = 0; c < 9; c++) check(worksheet_write_string(ws, 0, c, header[c], NULL), "write_string");
    for (long r = 0; r < rows; r++) {
        lxw_row_t row = (lxw_row_t)(r + 1);
        check(worksheet_write_string(ws, row, 0, interns[r % 50], NULL), "write_string");
        check(worksheet_write_number(ws, row, 1, (double)(r % 12 + 1), NULL), "write_number");
        check(worksheet_write_string(ws, row, 2, r % 3 == 0 ? "en" : "vi", NULL), "write_string");
        check(worksheet_write_number(ws, row, 3, (double)(r % 7 + 1), NULL), "write_number");
        check(worksheet_write_number(ws, row, 4, (double)(r % 5 + 1), NULL), "write_number");
        check(worksheet_write_string(ws, row, 5, r % 4 == 0 ? "subtask" : "task", NULL), "write_string");
        check(worksheet_write_string(ws, row, 6, texts[r % 1000], NULL), "write_string");
        check(worksheet_write_number(ws, row, 7, (double)(45658 + r % 365), date), "write_number");
        check(worksheet_write_number(ws, row, 8, (double)(r % 9) * 0.5, NULL), "write_number");
    }
    check(workbook_close(wb), "workbook_close");
    return 0;
}
