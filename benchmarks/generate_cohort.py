#!/usr/bin/env python3
"""Generate a synthetic cohort of intern worklog sites for benchmarking worklog.

    generate_cohort.py --interns N --seed S --out DIR

Each intern gets a Hugo site folder shaped like the real ones in
shared/corpus (config file, content/<worklog folder>/<week folders>), with the
variety the corpus shows: folder and file naming, English and Vietnamese pages,
pipe and HTML task tables, list-style weeks, day pages, template left-overs,
day labels and date orders of every habit, BOMs and CRLF line ends.

The output is deterministic: the same arguments give a byte-identical tree.
Every intern draws from its own random.Random seeded with "seed:index" (string
seeds are hashed with SHA-512, independent of PYTHONHASHSEED), so intern i is
the same whatever N is. No clock is read; files are written in sorted order.

All task texts are composed from the word lists below; no corpus text is copied.
Python 3.11 standard library only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys

# --------------------------------------------------------------------------
# Word lists

FAMILY = ["nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo",
          "dang", "bui", "do", "ho", "ngo", "duong", "ly", "truong", "dinh", "lam", "mai"]
GIVEN = ["anh", "bao", "binh", "chau", "cuong", "dat", "duc", "dung", "duy", "giang",
         "hai", "han", "hieu", "hoa", "hung", "huy", "khang", "khanh", "khoa", "kiet",
         "lan", "linh", "long", "minh", "nam", "ngan", "nhi", "phat", "phong", "phuc",
         "quan", "quang", "quy", "son", "tai", "tam", "thanh", "thao", "thinh", "tien",
         "trang", "tri", "trung", "tu", "tuan", "uyen", "viet", "vinh", "vy", "yen"]
REPO_NAMES = ["fcj-internship-report", "aws-internship-report", "fcaj-workshop",
              "fcj-workshop", "FCJ-Worklog", "aws-worklog", "internship-report",
              "fcj-workshop-template", "AWS-FCJ-Report", "cloud-journey-report",
              "fcaj-report", "aws-intern-report", "FCAJ-Workshop", "worklog-site"]
NESTED_DIRS = ["fcj-workshop", "fcj-workshop-template", "site", "report"]

# (service, concepts) -- the curriculum runs roughly in this order.
CURRICULUM = [
    ("AWS Console", ["account setup", "billing alerts", "MFA for the root user", "Free Tier limits"]),
    ("IAM", ["users and groups", "policies", "roles", "least privilege", "permission boundaries"]),
    ("AWS CLI", ["profiles", "named credentials", "output formats", "scripting"]),
    ("Amazon VPC", ["subnets", "route tables", "Internet Gateway", "NAT Gateway", "security groups", "Network ACLs"]),
    ("Amazon EC2", ["instance types", "AMIs", "EBS volumes", "key pairs", "user data", "Elastic IP"]),
    ("Amazon S3", ["buckets", "storage classes", "versioning", "lifecycle rules", "static website hosting", "bucket policies"]),
    ("Amazon RDS", ["DB instances", "Multi-AZ", "read replicas", "snapshots", "parameter groups"]),
    ("Elastic Load Balancing", ["target groups", "health checks", "listeners", "sticky sessions"]),
    ("Auto Scaling", ["launch templates", "scaling policies", "desired capacity"]),
    ("Amazon CloudWatch", ["metrics", "alarms", "dashboards", "log groups", "Logs Insights"]),
    ("Route 53", ["hosted zones", "record types", "routing policies", "Resolver endpoints"]),
    ("Amazon CloudFront", ["distributions", "origin access control", "cache behaviors", "invalidations"]),
    ("AWS Lambda", ["functions", "layers", "triggers", "environment variables", "cold starts"]),
    ("Amazon DynamoDB", ["partition keys", "GSIs", "capacity modes", "TTL", "streams"]),
    ("API Gateway", ["REST APIs", "stages", "authorizers", "CORS", "usage plans"]),
    ("Amazon Cognito", ["user pools", "identity pools", "hosted UI", "JWT tokens"]),
    ("AWS KMS", ["customer managed keys", "key rotation", "envelope encryption"]),
    ("Secrets Manager", ["secret rotation", "resource policies"]),
    ("CloudFormation", ["stacks", "templates", "change sets", "drift detection"]),
    ("AWS CDK", ["constructs", "stacks", "bootstrapping", "cdk diff"]),
    ("Docker", ["images", "Dockerfiles", "multi-stage builds", "volumes", "compose files"]),
    ("Amazon ECR", ["repositories", "image scanning", "lifecycle policies"]),
    ("Amazon ECS", ["task definitions", "services", "Fargate launch type", "service discovery"]),
    ("Amazon SQS", ["standard queues", "FIFO queues", "dead-letter queues"]),
    ("Amazon SNS", ["topics", "subscriptions", "fan-out"]),
    ("EventBridge", ["rules", "event buses", "schedules"]),
    ("Step Functions", ["state machines", "retries", "parallel states"]),
    ("CodePipeline", ["stages", "source actions", "manual approvals"]),
    ("CodeBuild", ["buildspec files", "build caches", "test reports"]),
    ("GitHub Actions", ["workflows", "OIDC roles", "matrix builds"]),
    ("Terraform", ["providers", "state files", "modules", "workspaces"]),
    ("AWS Glue", ["crawlers", "Data Catalog", "ETL jobs"]),
    ("Amazon Athena", ["queries on S3", "partitions", "workgroups"]),
    ("Amazon Kinesis", ["data streams", "Firehose delivery", "shards"]),
    ("Amazon SageMaker", ["notebooks", "training jobs", "endpoints"]),
    ("Amazon Bedrock", ["foundation models", "knowledge bases", "agents", "guardrails"]),
    ("AWS WAF", ["web ACLs", "managed rules", "rate limits"]),
    ("GuardDuty", ["findings", "threat detection"]),
    ("AWS Backup", ["backup plans", "vaults", "restore tests"]),
    ("Amazon EKS", ["clusters", "node groups", "kubectl", "Helm charts"]),
    ("ElastiCache", ["Redis clusters", "cluster mode", "eviction policies"]),
    ("Cost Explorer", ["cost reports", "budgets", "rightsizing"]),
]
SECOND = ["Amazon S3", "Amazon EC2", "AWS Lambda", "Amazon RDS", "Amazon DynamoDB",
          "Amazon VPC", "IAM", "CloudFormation", "Terraform", "Docker", "Amazon ECS"]
HOSTS = ["Amazon EC2", "Elastic Beanstalk", "Amazon ECS", "AWS Lambda", "Amazon S3",
         "AWS Amplify", "Amazon Lightsail", "Amazon EKS"]
APPS = ["a Node.js API", "a React front end", "a FastAPI service", "a Spring Boot app",
        "a static portfolio site", "the team's booking app", "a Python worker",
        "a WordPress site", "the chatbot demo", "the image-resize service"]
PROBLEMS = ["a timeout", "an AccessDenied error", "a 502 from the load balancer",
            "a wrong route table entry", "a failing health check", "a CORS error",
            "a missing environment variable", "a permissions boundary conflict"]
EVENTS = ["AWS Cloud Day", "an AWS Community Day talk", "the FCJ online meetup",
          "a GenAI builders session", "a DevSecOps webinar", "the AWS Well-Architected workshop"]
ARTIFACTS = ["the project proposal", "the architecture diagram", "the sprint backlog",
             "the workshop outline", "the cost estimate", "the demo script"]
VI_APPS = ["một API Node.js", "giao diện React", "dịch vụ FastAPI", "ứng dụng Spring Boot",
           "trang portfolio tĩnh", "ứng dụng đặt lịch của nhóm", "worker Python",
           "trang WordPress", "bản demo chatbot", "dịch vụ resize ảnh"]
VI_PROBLEMS = ["timeout", "AccessDenied", "502 từ load balancer", "sai route table",
               "health check thất bại", "CORS", "thiếu biến môi trường", "xung đột permissions boundary"]
VI_EVENTS = ["AWS Cloud Day", "buổi chia sẻ AWS Community Day", "buổi meetup online của FCJ",
             "buổi GenAI builders", "webinar DevSecOps", "workshop AWS Well-Architected"]
VI_ARTIFACTS = ["bản đề xuất dự án", "sơ đồ kiến trúc", "sprint backlog", "dàn ý workshop",
                "bảng ước tính chi phí", "kịch bản demo"]
EN_EXTRA = {
    "Challenges & Solutions": ["{prob} while working with {c}: fixed it after checking the {svc} settings",
                               "Lab {lab} instructions were out of date: followed the {svc} documentation instead",
                               "Costs of {svc} grew during testing: set a budget alert and cleaned up"],
    "Next week plan": ["Continue with {svc2}", "Finish lab {lab} on {svc}", "Prepare {art} for the mentor review"],
}
VI_EXTRA = {
    "Khó khăn & Giải pháp": ["Gặp lỗi {prob} khi làm với {c}: đã sửa sau khi kiểm tra cấu hình {svc}",
                             "Hướng dẫn lab {lab} đã cũ: làm theo tài liệu {svc} thay thế",
                             "Chi phí {svc} tăng khi thử nghiệm: đặt cảnh báo ngân sách và dọn dẹp"],
    "Kế hoạch tuần sau": ["Tiếp tục với {svc2}", "Hoàn thành lab {lab} về {svc}", "Chuẩn bị {art} cho buổi review với mentor"],
}

EN_TASKS = [
    "Learn about {svc} {c}",
    "Study {svc}: {c} and {c2}",
    "Practice lab {lab}: create {c} with {svc}",
    "Configure {c} in {svc} for the team project",
    "Deploy {app} on {host}",
    "Troubleshoot {prob} in {svc}",
    "Read the {svc} documentation on {c}",
    "Write notes comparing {svc} and {svc2}",
    "Review {art} with the team",
    "Clean up {svc} resources after lab {lab}",
    "Estimate the monthly cost of {svc} with the AWS Pricing Calculator",
    "Draw an architecture diagram with {svc} and {svc2}",
    "Automate {c} for {svc} with a short script",
    "Translate an AWS blog post about {svc}",
    "Attend {event}",
    "Update the worklog and publish it to GitHub Pages",
]
EN_CLAUSES = [" and write down the results", " using the AWS Console", " from the command line",
              " for the group project", " following the FCJ guide", " in the ap-southeast-1 region",
              " and share the notes with the team", " with the mentor's feedback in mind"]
VI_CLAUSES = [" và ghi lại kết quả", " trên AWS Console", " bằng dòng lệnh", " cho dự án nhóm",
              " theo hướng dẫn của FCJ", " ở region ap-southeast-1", " và chia sẻ ghi chú với nhóm",
              " theo góp ý của mentor"]
EN_SUBTASKS = ["Create {c}", "Test {c}", "Check {c} in the console", "Set up {c}",
               "Note the limits of {c}", "Delete {c}", "Compare {c} options", "Run the sample for {c}"]
VI_TASKS = [
    "Tìm hiểu {svc}: {c}",
    "Học về {c} và {c2} trong {svc}",
    "Thực hành lab {lab}: tạo {c} với {svc}",
    "Cấu hình {c} của {svc} cho dự án nhóm",
    "Triển khai {app} lên {host}",
    "Xử lý lỗi {prob} trên {svc}",
    "Đọc tài liệu {svc} về {c}",
    "Ghi chú so sánh {svc} và {svc2}",
    "Họp nhóm xem lại {art}",
    "Dọn dẹp tài nguyên {svc} sau lab {lab}",
    "Ước tính chi phí {svc} bằng AWS Pricing Calculator",
    "Vẽ sơ đồ kiến trúc với {svc} và {svc2}",
    "Viết script tự động hóa {c} cho {svc}",
    "Dịch bài blog AWS về {svc}",
    "Tham gia sự kiện {event}",
    "Cập nhật worklog và đăng lên GitHub Pages",
]
VI_SUBTASKS = ["Tạo {c}", "Kiểm tra {c}", "Xem {c} trên console", "Thiết lập {c}",
               "Ghi lại giới hạn của {c}", "Xóa {c}", "So sánh các tùy chọn {c}", "Chạy thử {c}"]
EN_OBJ = ["Understand {svc} and its {c}", "Get hands-on practice with {c} in {svc}",
          "Finish the labs on {svc}", "Apply {svc} to the team project",
          "Learn how {svc} works with {svc2}", "Keep the worklog up to date"]
VI_OBJ = ["Hiểu {svc} và {c}", "Thực hành {c} trên {svc}", "Hoàn thành các lab về {svc}",
          "Áp dụng {svc} vào dự án nhóm", "Nắm cách {svc} kết hợp với {svc2}", "Cập nhật worklog đầy đủ"]
EN_ACH = ["Set up {c} in {svc} without help", "Understood how {c} affects cost and security",
          "Finished lab {lab} and cleaned up every resource", "Can explain {svc} versus {svc2} to the team",
          "Deployed {app} on {host}", "Fixed {prob} and wrote down the cause",
          "Wrote a short guide on {c} for the team"]
VI_ACH = ["Tự thiết lập được {c} trong {svc}", "Hiểu {c} ảnh hưởng thế nào đến chi phí và bảo mật",
          "Hoàn thành lab {lab} và dọn dẹp tài nguyên", "Giải thích được {svc} so với {svc2}",
          "Triển khai được {app} lên {host}", "Sửa được lỗi {prob} và ghi lại nguyên nhân",
          "Viết hướng dẫn ngắn về {c} cho nhóm"]

EN_DAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_DAYS_SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
VI_DAYS_WORD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

# Habits of labelling a day in a table's day column.
DAY_HABITS = ["vi-num", "one-based", "short", "long", "thu", "t", "thu-word"]
DAY_HABIT_WEIGHTS = [34, 12, 10, 18, 10, 8, 8]

HEADINGS = {
    "en": {"obj": ["### Week {n} Objectives:", "### Week {n} Objectives", "### OBJECTIVES IN WEEK {n}:", "**Weekly objectives:**", "## Objectives"],
           "tasks": ["### Tasks to be carried out this week:", "### Tasks completed this week:", "### Activities implemented during the week", "**Tasks to be deployed this week:**", "## Work completed"],
           "ach": ["### Week {n} Achievements:", "### Results achieved in week {n}", "### Week {n} Outcomes", "**Weekly results achieved:**", "## Achievements"],
           "ref": ["### References", "### References:"]},
    "vi": {"obj": ["### Mục tiêu tuần {n}:", "### Mục tiêu Tuần {n}:", "### Mục tiêu tuần {n}", "**Mục tiêu tuần:**", "## Mục tiêu"],
           "tasks": ["### Các công việc cần triển khai trong tuần này:", "### Các nhiệm vụ thực hiện trong tuần này:", "### Công việc thực hiện trong tuần:", "**Công việc đã làm:**", "## Công việc đã làm"],
           "ach": ["### Kết quả đạt được tuần {n}:", "### Thành tựu Tuần {n}:", "### Kết quả đạt được", "**Kết quả đạt được:**", "## Kết quả đạt được"],
           "ref": ["### Tài liệu tham khảo", "### Tài liệu tham khảo:"]},
}
TABLE_HEADERS = {
    # name: (en header, vi header, column roles)
    "std": (["Day", "Task", "Start Date", "Completion Date", "Reference Material"],
            ["Thứ", "Công việc", "Ngày bắt đầu", "Ngày hoàn thành", "Nguồn tài liệu"],
            ["day", "task", "start", "end", "ref"]),
    "end": (["Day", "Task", "Start Date", "End Date", "References"],
            ["Ngày", "Nhiệm vụ", "Ngày bắt đầu", "Ngày kết thúc", "Tài liệu tham khảo"],
            ["day", "task", "start", "end", "ref"]),
    "date": (["Day", "Task", "Date"], ["Thứ", "Công việc", "Ngày"], ["day", "task", "start"]),
    "note": (["Day", "Task", "Start", "Finish", "Resources", "Note"],
             ["Thứ", "Nội dung", "Bắt đầu", "Hoàn thành", "Tài liệu", "Ghi chú"],
             ["day", "task", "start", "end", "ref", "note"]),
    "dateday": (["Date", "Day", "Task Description", "Reference Links"],
                ["Ngày", "Thứ", "Mô tả công việc", "Tài liệu tham khảo"],
                ["start", "day", "task", "ref"]),
    "status": (["No.", "Task Description", "Execution Date", "Status"],
               ["STT", "Mô tả công việc", "Ngày thực hiện", "Trạng thái"],
               ["rowno", "task", "start", "status"]),
}
TABLE_HEADER_NAMES = sorted(TABLE_HEADERS)
TABLE_HEADER_WEIGHTS = {"std": 62, "end": 12, "date": 8, "note": 6, "dateday": 6, "status": 6}

NOTE_TEXT = {
    "en": "⚠️ **Note:** this page is a starting point for your own report; please **do not copy verbatim**, and remove this box when you fill it in.",
    "vi": "⚠️ **Lưu ý:** trang này chỉ là khung gợi ý cho báo cáo của bạn; vui lòng **không sao chép nguyên văn** và xóa hộp này khi điền nội dung.",
}


# --------------------------------------------------------------------------
# Helpers

def pick_weighted(rng: random.Random, items, weights):
    return rng.choices(items, weights=weights, k=1)[0]


def fmt_date(d: dt.date, order: str, year: bool = True) -> str:
    if order == "iso":
        return d.isoformat()
    if order == "mdy":
        return f"{d.month:02d}/{d.day:02d}/{d.year}" if year else f"{d.month:02d}/{d.day:02d}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}" if year else f"{d.day:02d}/{d.month:02d}"


def day_label(habit: str, weekday: int, row: int) -> str:
    if habit == "vi-num":
        return "CN" if weekday == 6 else str(weekday + 2)
    if habit == "one-based":
        return str(weekday + 1)
    if habit == "short":
        return EN_DAYS_SHORT[weekday]
    if habit == "long":
        return EN_DAYS_LONG[weekday]
    if habit == "thu":
        return "Chủ nhật" if weekday == 6 else f"Thứ {weekday + 2}"
    if habit == "t":
        return "CN" if weekday == 6 else f"T{weekday + 2}"
    if habit == "thu-word":
        return VI_DAYS_WORD[weekday]
    return f"Day {row + 1}"


class Topic:
    """A slot of the curriculum an intern's week is about."""

    def __init__(self, rng: random.Random, index: int):
        svc, concepts = CURRICULUM[index % len(CURRICULUM)]
        self.svc = svc
        self.concepts = concepts
        self.rng = rng

    def fill(self, template: str, extra_lab: int, lang: str = "en") -> str:
        r = self.rng
        c, c2 = r.sample(self.concepts, 2) if len(self.concepts) > 1 else (self.concepts[0], self.concepts[0])
        svc2 = r.choice([s for s in SECOND if s != self.svc])
        vi = lang == "vi"
        return template.format(svc=self.svc, c=c, c2=c2, svc2=svc2, lab=extra_lab,
                               host=r.choice(HOSTS),
                               app=r.choice(VI_APPS if vi else APPS),
                               prob=r.choice(VI_PROBLEMS if vi else PROBLEMS),
                               event=r.choice(VI_EVENTS if vi else EVENTS),
                               art=r.choice(VI_ARTIFACTS if vi else ARTIFACTS))


# --------------------------------------------------------------------------
# One intern

class Intern:
    def __init__(self, seed: int, index: int):
        r = random.Random(f"{seed}:{index}")
        self.r = r
        self.index = index
        family, given = r.choice(FAMILY), r.choice(GIVEN)
        style = r.randrange(4)
        if style == 0:
            owner = f"{family.capitalize()}{given.capitalize()}{r.randrange(1, 32):02d}{r.randrange(1, 13):02d}"
        elif style == 1:
            owner = f"{given}{family}{r.randrange(2000, 2007)}"
        elif style == 2:
            owner = f"{r.randrange(20, 25)}{given}{r.randrange(1, 99):02d}"
        else:
            owner = f"{given.capitalize()}-{family.capitalize()}{r.randrange(100, 999)}"
        # the index keeps ids unique, like different GitHub owners would
        self.site_id = f"{owner}{index:04d}__{r.choice(REPO_NAMES)}"
        self.nested = r.random() < 0.05 and r.choice(NESTED_DIRS) or ""

        # Languages: bilingual en/vi mostly; some sites default to vi with _index.en.md.
        lang_mode = pick_weighted(r, ["en+vi", "vi-default", "en", "vi"], [80, 6, 9, 5])
        self.lang_mode = lang_mode
        self.langs = {"en+vi": ["en", "vi"], "vi-default": ["vi", "en"], "en": ["en"], "vi": ["vi"]}[lang_mode]
        self.default_lang = "vi" if lang_mode in ("vi-default", "vi") else "en"
        self.config = pick_weighted(r, ["config.toml", "hugo.toml", "config.yaml"], [88, 9, 3])
        self.worklog_dir = pick_weighted(r, ["1-Worklog", "1-worklog", "worklog", "1-WorkLog", "1-Worlog"], [78, 10, 8, 3, 1])
        self.week_naming = pick_weighted(r, ["1.N-WeekN", "1.N-weekN", "WeekN", "N", "week-0N.md", "1.N-WeekN.md"],
                                         [74, 9, 5, 2, 7, 3])
        self.bom = r.random() < 0.04
        self.crlf = r.random() < 0.03

        self.weeks = pick_weighted(r, list(range(8, 15)), [6, 5, 7, 12, 40, 14, 16])
        self.missing = set()
        if r.random() < 0.10:
            self.missing = set(r.sample(range(2, self.weeks + 1), r.choice([1, 1, 2])))
        self.empty_last = r.random() < 0.04

        self.style = pick_weighted(r, ["table", "list", "mixed", "template"], [77, 8, 9, 6])
        self.html_tables = r.random() < 0.10
        self.day_pages = self.style == "table" and r.random() < 0.025 and not self.week_naming.endswith(".md")
        self.header = pick_weighted(r, TABLE_HEADER_NAMES, [TABLE_HEADER_WEIGHTS[n] for n in TABLE_HEADER_NAMES])
        self.bold_days = r.random() < 0.15
        self.habit_en = pick_weighted(r, DAY_HABITS, DAY_HABIT_WEIGHTS)
        self.habit_vi = self.habit_en if r.random() < 0.6 else r.choice(["vi-num", "thu", "t", "thu-word"])
        order = pick_weighted(r, ["dmy", "mdy", "mdy-en", "iso", "switch", "dm"], [55, 14, 15, 8, 4, 4])
        self.order_mode = order
        self.leftover_share = 0.08 if r.random() < 0.12 else 0.0
        self.days_per_week = pick_weighted(r, [3, 4, 5, 6, 7], [5, 10, 58, 20, 7])
        self.subtask_habit = r.random() < 0.45
        self.nested_bullets = r.random() < 0.4
        self.padded = r.random() < 0.42
        self.clause_share = r.choice([0.3, 0.6, 0.9])
        self.period_line = r.random() < 0.3
        self.extra_sections = r.random() < 0.35
        self.title_habit = r.randrange(3)
        self.date_in_fm = pick_weighted(r, ["real", "template", "quoted", "none"], [50, 25, 20, 5])
        self.pace = r.uniform(0.8, 1.5)  # curriculum slots per week
        # internship start: a Monday between Sep 2024 and Jun 2026
        base = dt.date(2024, 9, 2)
        self.start = base + dt.timedelta(weeks=r.randrange(0, 92))

    # ---- dates

    def order_for(self, lang: str, week: int) -> tuple[str, bool]:
        m = self.order_mode
        if m == "mdy-en":
            return ("mdy" if lang == "en" else "dmy"), True
        if m == "switch":
            return ("mdy" if week % 3 == 0 else "dmy"), True
        if m == "dm":
            return "dmy", False
        return m, True

    # ---- text

    def topic_for(self, week: int, k: int) -> Topic:
        slot = int((week - 1) * self.pace) + k
        return Topic(self.r, slot)

    def task_text(self, lang: str, topic: Topic) -> str:
        pool = EN_TASKS if lang == "en" else VI_TASKS
        text = topic.fill(self.r.choice(pool), self.r.randrange(1, 160), lang)
        if self.r.random() < self.clause_share:
            k = self.r.randrange(len(EN_CLAUSES))
            # a clause that repeats the text's own phrase would read oddly: the same
            # index is skipped in both languages, so translations stay parallel
            if EN_CLAUSES[k].strip() not in text and VI_CLAUSES[k].strip() not in text:
                text += (EN_CLAUSES if lang == "en" else VI_CLAUSES)[k]
        return text

    def subtask_text(self, lang: str, topic: Topic) -> str:
        pool = EN_SUBTASKS if lang == "en" else VI_SUBTASKS
        return topic.fill(self.r.choice(pool), 0, lang)

    def reference(self, topic: Topic) -> str:
        r = self.r
        lab = r.randrange(1, 160)
        form = r.randrange(7)
        if form == 0:
            return f"<https://{lab:06d}.awsstudygroup.com/>"
        if form == 1:
            return f"[Lab {lab}](https://{lab:06d}.awsstudygroup.com/vi/)"
        if form == 2:
            return f"https://{lab:06d}.awsstudygroup.com/{r.randrange(1, 6)}-guide/"
        if form == 3:
            slug = topic.svc.lower().replace("amazon ", "").replace("aws ", "").replace(" ", "-")
            return f"[{topic.svc} docs](https://docs.aws.amazon.com/{slug}/latest/userguide/)"
        if form == 4:
            return f"<https://{lab:06d}.awsstudygroup.com/> <br> <https://{lab + 1:06d}.awsstudygroup.com/>"
        if form == 5:
            return f"{topic.svc} documentation"
        return ""

    # ---- pages

    def front_matter(self, lang: str, week: int, monday: dt.date, title: str | None = None) -> str:
        r = self.r
        if title is None:
            if lang == "en":
                title = ["Week {n} Worklog", "Week {n}", "Worklog Week {n}"][self.title_habit].format(n=week)
            else:
                title = ["Worklog Tuần {n}", "Tuần {n}", "Nhật ký công việc Tuần {n}"][self.title_habit].format(n=week)
        lines = ["---", f'title: "{title}"']
        if self.date_in_fm == "real":
            lines.append(f"date: {(monday + dt.timedelta(days=r.randrange(0, 7))).isoformat()}")
        elif self.date_in_fm == "template":
            lines.append("date: 2024-01-01")
        elif self.date_in_fm == "quoted":
            lines.append(f'date: "{monday.isoformat()}"')
        lines.append(f"weight: {week if r.random() < 0.8 else 1}")
        lines.append("chapter: false")
        lines.append(f'pre: " <b> 1.{week}. </b> "')
        lines.append("---")
        return "\n".join(lines) + "\n"

    def heading(self, lang: str, kind: str, week: int, variant: int) -> str:
        opts = HEADINGS[lang][kind]
        return opts[variant % len(opts)].format(n=week)

    def bullets(self, lang: str, pool, topics, count: int, marker: str, nested: bool = False) -> list[str]:
        out = []
        for i in range(count):
            t = topics[i % len(topics)]
            out.append(f"{marker} {t.fill(self.r.choice(pool), self.r.randrange(1, 160), lang)}")
            if nested and self.nested_bullets and self.r.random() < 0.4:
                sub = EN_SUBTASKS if lang == "en" else VI_SUBTASKS
                for _ in range(self.r.randrange(2, 4)):
                    out.append(f"  {marker} {t.fill(self.r.choice(sub), 0, lang)}")
        return out

    def task_cell(self, lang: str, topics, n_tasks: int) -> str:
        r = self.r
        parts = []
        if r.random() < 0.15:
            t = topics[0]
            parts.append(f"**{t.svc}**")
        for i in range(n_tasks):
            t = topics[i % len(topics)]
            parts.append(f"- {self.task_text(lang, t)}")
            if self.subtask_habit and r.random() < 0.55:
                for _ in range(r.randrange(2, 5)):
                    parts.append(f"&emsp; + {self.subtask_text(lang, t)}")
        if len(parts) == 1 and r.random() < 0.3:
            return parts[0][2:]  # a single task without marker
        return " <br> ".join(parts)

    def week_days(self) -> list[int]:
        n = self.days_per_week
        if n <= 5:
            days = sorted(self.r.sample(range(5), n))
        else:
            days = list(range(n))
        return days

    def table_rows(self, lang: str, week: int, monday: dt.date, topics) -> list[dict]:
        r = self.r
        order, with_year = self.order_for(lang, week)
        habit = self.habit_en if lang == "en" else self.habit_vi
        rows = []
        days = self.week_days()
        i = 0
        while i < len(days):
            wd = days[i]
            span = 1
            # sometimes a row covers two or three days ("2-3-4", "5-6")
            if r.random() < 0.08 and i + 1 < len(days) and days[i + 1] == wd + 1:
                span = 2
            start = monday + dt.timedelta(days=wd)
            lag = pick_weighted(r, [0, 1, 2, 3], [72, 18, 6, 4]) if span == 1 else span - 1
            end = start + dt.timedelta(days=lag)
            label = day_label(habit, wd, len(rows))
            if span > 1:
                label = f"{label}-{day_label(habit, wd + 1, len(rows))}"
            if self.bold_days:
                label = f"**{label}**"
            n_tasks = pick_weighted(r, [1, 2, 3, 4, 5], [9, 22, 30, 22, 17])
            rows.append({
                "day": label,
                "task": self.task_cell(lang, topics, n_tasks),
                "start": fmt_date(start, order, with_year),
                "end": fmt_date(end, order, with_year),
                "ref": self.reference(topics[0]),
                "note": r.choice(["", "", "Done", "In progress", "Online"]) if lang == "en" else r.choice(["", "", "Xong", "Đang làm", "Online"]),
                "status": ("Done" if lang == "en" else "Hoàn thành") if r.random() < 0.85 else ("In progress" if lang == "en" else "Đang làm"),
                "rowno": str(len(rows) + 1),
            })
            i += span
        return rows

    def pipe_table(self, header: list[str], roles: list[str], rows: list[dict]) -> list[str]:
        r = self.r
        cells = [[row[k] for k in roles] for row in rows]
        if self.padded:
            # aligned like an editor's table formatter: every column as wide as its widest cell
            widths = [max([len(header[j])] + [len(c[j]) for c in cells]) for j in range(len(header))]
            out = ["| " + " | ".join(h.ljust(w) for h, w in zip(header, widths)) + " |",
                   "| " + " | ".join("-" * w for w in widths) + " |"]
            for c in cells:
                out.append("| " + " | ".join(x.ljust(w) for x, w in zip(c, widths)) + " |")
            return out
        sep_style = r.choice(["---", ":---", ":---:"])
        out = ["| " + " | ".join(header) + " |", "| " + " | ".join(sep_style for _ in header) + " |"]
        for c in cells:
            out.append("| " + " | ".join(c) + " |")
        return out

    def html_table(self, header: list[str], roles: list[str], rows: list[dict]) -> list[str]:
        out = ['<table class="worklog-table">', "  <thead>", "    <tr>"]
        out += [f"      <th>{h}</th>" for h in header]
        out += ["    </tr>", "  </thead>", "  <tbody>"]
        for row in rows:
            out.append("    <tr>")
            for k in roles:
                out.append(f'      <td class="col-{k}">{row[k]}</td>')
            out.append("    </tr>")
        out += ["  </tbody>", "</table>"]
        return out

    def week_topics(self, week: int) -> list[Topic]:
        return [self.topic_for(week, k) for k in range(self.r.choice([2, 3, 3, 4]))]

    def table_week(self, lang: str, week: int, monday: dt.date) -> str:
        r = self.r
        topics = self.week_topics(week)
        variant = self.index % 5
        lines = [self.front_matter(lang, week, monday)]
        if self.period_line:
            order, _ = self.order_for(lang, week)
            label = "**Week period:**" if lang == "en" else "**Thời gian:**"
            lines += [f"{label} {fmt_date(monday, order)} - {fmt_date(monday + dt.timedelta(days=6), order)}", ""]
        lines.append(self.heading(lang, "obj", week, variant))
        lines.append("")
        marker = "*" if variant % 2 else "-"
        lines += self.bullets(lang, EN_OBJ if lang == "en" else VI_OBJ, topics, r.randrange(3, 6), marker)
        lines.append("")
        lines.append(self.heading(lang, "tasks", week, variant))
        lines.append("")
        en_h, vi_h, roles = TABLE_HEADERS[self.header]
        header = en_h if lang == "en" else vi_h
        rows = self.table_rows(lang, week, monday, topics)
        lines += (self.html_table if self.html_tables else self.pipe_table)(header, roles, rows)
        lines.append("")
        lines.append(self.heading(lang, "ach", week, variant))
        lines.append("")
        lines += self.bullets(lang, EN_ACH if lang == "en" else VI_ACH, topics, r.randrange(4, 9), marker, nested=True)
        lines += self.extra(lang, topics)
        if r.random() < 0.2:
            lines += ["", self.heading(lang, "ref", week, variant), ""]
            lines += [f"- {self.reference(t) or 'https://docs.aws.amazon.com/'}" for t in topics]
        return "\n".join(lines) + "\n"

    def extra(self, lang: str, topics) -> list[str]:
        """Sections that are neither tasks nor results ("Challenges & Solutions", "Next week plan")."""
        if not self.extra_sections:
            return []
        out = []
        for name, pool in sorted((EN_EXTRA if lang == "en" else VI_EXTRA).items()):
            out += ["", f"### {name}", ""]
            out += [f"- {self.r.choice(topics).fill(self.r.choice(pool), self.r.randrange(1, 160), lang)}"
                    for _ in range(self.r.randrange(1, 4))]
        return out

    def list_week(self, lang: str, week: int, monday: dt.date) -> str:
        r = self.r
        topics = self.week_topics(week)
        variant = self.index % 5
        order, with_year = self.order_for(lang, week)
        lines = [self.front_matter(lang, week, monday)]
        friday = monday + dt.timedelta(days=4)
        if r.random() < 0.4:
            word = "Week" if lang == "en" else "Tuần"
            lines.append(f"## {word} {week} ({fmt_date(monday, order)} - {fmt_date(friday, order)})")
            lines.append("")
        lines.append(self.heading(lang, "obj", week, variant))
        lines.append("")
        lines += self.bullets(lang, EN_OBJ if lang == "en" else VI_OBJ, topics, r.randrange(2, 5), "-")
        lines.append("")
        lines.append(self.heading(lang, "tasks", week, variant))
        lines.append("")
        kind = r.randrange(3)
        for wd in self.week_days():
            day = monday + dt.timedelta(days=wd)
            if kind == 0:    # **Monday** heading, bullets below
                name = EN_DAYS_LONG[wd] if lang == "en" else VI_DAYS_WORD[wd]
                lines.append(f"**{name}** ({fmt_date(day, order, with_year)})" if r.random() < 0.5 else f"**{name}**")
                lines.append("")
                for _ in range(r.randrange(3, 7)):
                    t = r.choice(topics)
                    lines.append(f"- {self.task_text(lang, t)}")
                    if self.subtask_habit and r.random() < 0.3:
                        lines.append(f"  - {self.subtask_text(lang, t)}")
                lines.append("")
            elif kind == 1:  # - **Thứ 2:** item with nested bullets
                name = EN_DAYS_SHORT[wd] if lang == "en" else f"Thứ {wd + 2}" if wd < 6 else "Chủ nhật"
                lines.append(f"- **{name}:**")
                for _ in range(r.randrange(3, 7)):
                    lines.append(f"  - {self.task_text(lang, r.choice(topics))}")
            else:            # #### heading with a date
                name = EN_DAYS_LONG[wd] if lang == "en" else VI_DAYS_WORD[wd]
                lines.append(f"#### {name} - {fmt_date(day, order, with_year)}")
                lines.append("")
                for _ in range(r.randrange(3, 7)):
                    lines.append(f"* {self.task_text(lang, r.choice(topics))}")
                lines.append("")
        lines.append("")
        lines.append(self.heading(lang, "ach", week, variant))
        lines.append("")
        lines += self.bullets(lang, EN_ACH if lang == "en" else VI_ACH, topics, r.randrange(3, 7), "-", nested=True)
        lines += self.extra(lang, topics)
        return "\n".join(lines) + "\n"

    def template_week(self, lang: str, week: int, monday: dt.date) -> str:
        """A page left as the starter template: warning notice, placeholder goals, empty table."""
        r = self.r
        lines = [self.front_matter(lang, week, monday)]
        lines += ["{{% notice warning %}}", NOTE_TEXT[lang], "{{% /notice %}}", ""]
        lines.append(self.heading(lang, "obj", week, 0))
        lines.append("")
        if lang == "en":
            lines += ["* Write this week's goals here.", "* ..."]
        else:
            lines += ["* Ghi mục tiêu của tuần ở đây.", "* ..."]
        lines.append("")
        lines.append(self.heading(lang, "tasks", week, 0))
        en_h, vi_h, _ = TABLE_HEADERS["std"]
        header = en_h if lang == "en" else vi_h
        lines.append("| " + " | ".join(header) + " |")
        lines.append("| " + " | ".join("---" for _ in header) + " |")
        for _ in range(r.randrange(1, 6)):
            lines.append("|     |     |     |     |     |")
        lines.append("")
        lines.append(self.heading(lang, "ach", week, 0))
        lines.append("")
        lines += ["* ...", "* ..."]
        return "\n".join(lines) + "\n"

    def day_page(self, lang: str, week: int, day_no: int, date: dt.date, topics) -> str:
        r = self.r
        word, tasks, results = ("Day", "Tasks", "Results") if lang == "en" else ("Ngày", "Công việc", "Kết quả")
        lines = ["---", f'title: "{word} {day_no} - {date.isoformat()}"', f"date: {date.isoformat()}",
                 f"weight: {day_no}", "---", "", f"## {tasks}", ""]
        for _ in range(r.randrange(2, 6)):
            t = r.choice(topics)
            lines.append(f"- {self.task_text(lang, t)}")
            if r.random() < 0.3:
                lines.append(f"  - {self.subtask_text(lang, t)}")
        lines += ["", f"## {results}", ""]
        lines += self.bullets(lang, EN_ACH if lang == "en" else VI_ACH, topics, r.randrange(1, 3), "-")
        return "\n".join(lines) + "\n"

    def overview(self, lang: str) -> str:
        r = self.r
        title = "Worklog" if lang == "en" else "Nhật ký công việc"
        lines = ["---", f'title: "{title}"', "weight: 1", "chapter: false", 'pre: " <b> 1. </b> "', "---", ""]
        word = "Week" if lang == "en" else "Tuần"
        for w in range(1, self.weeks + 1):
            t = self.topic_for(w, 0)
            text = t.fill(r.choice(EN_OBJ if lang == "en" else VI_OBJ), 0, lang)
            lines.append(f"**{word} {w}:** [{text}]({self.week_dir_name(w).lower()}/)")
            lines.append("")
        return "\n".join(lines)

    # ---- layout

    def week_dir_name(self, w: int) -> str:
        n = self.week_naming
        if n == "1.N-WeekN" or n.endswith(".md"):
            return f"1.{w}-Week{w}"
        if n == "1.N-weekN":
            return f"1.{w}-week{w}"
        if n == "WeekN":
            return f"Week{w}"
        return str(w)

    def page_name(self, lang: str) -> str:
        """File name suffix for a page in `lang` under this site's habit."""
        if lang == self.default_lang:
            return ".md"
        return f".{lang}.md"

    def week_kind(self, week: int) -> str:
        r = self.r
        if self.style == "template":
            return "template" if r.random() < 0.85 else "table"
        if self.leftover_share and r.random() < self.leftover_share:
            return "template"
        if self.style == "list":
            return "list"
        if self.style == "mixed":
            return "list" if week <= self.weeks // 2 else "table"
        return "table"

    def files(self) -> list[tuple[str, str]]:
        """(relative path, text) for every file of this intern's site."""
        r = self.r
        root = self.site_id + (f"/{self.nested}" if self.nested else "")
        out = [(f"{root}/{self.config}", self.config_text())]
        wl = f"{root}/content/{self.worklog_dir}"
        for lang in self.langs:
            out.append((f"{wl}/_index{self.page_name(lang)}", self.overview(lang)))
        for w in range(1, self.weeks + 1):
            if w in self.missing:
                continue
            monday = self.start + dt.timedelta(weeks=w - 1)
            kind = self.week_kind(w)
            use_day_pages = self.day_pages and kind == "table" and w >= 3 and r.random() < 0.5
            # Both languages of a week replay the same random draws: the word lists are
            # parallel, so the Vietnamese page is a translation of the English one
            # (same rows, days, dates and tasks), as interns write them.
            state = r.getstate()
            for lang in self.langs:
                r.setstate(state)
                if use_day_pages and lang != self.langs[0]:  # day pages: default language only
                    continue
                if w == self.weeks and self.empty_last:
                    text = ""
                elif use_day_pages:
                    topics = self.week_topics(w)
                    text = self.front_matter(lang, w, monday) + "\n" + "\n".join(
                        [self.heading(lang, "obj", w, 0), ""] +
                        self.bullets(lang, EN_OBJ if lang == "en" else VI_OBJ, topics, 3, "-")) + "\n"
                    for k, wd in enumerate(self.week_days()):
                        date = monday + dt.timedelta(days=wd)
                        day_no = (w - 1) * 5 + k + 1
                        path = f"{wl}/{self.week_dir_name(w)}/1.{w}.{k + 1}-Day{day_no}-{date.isoformat()}/_index.md"
                        out.append((path, self.day_page(lang, w, day_no, date, topics)))
                elif kind == "table":
                    text = self.table_week(lang, w, monday)
                elif kind == "list":
                    text = self.list_week(lang, w, monday)
                else:
                    text = self.template_week(lang, w, monday)
                suffix = self.page_name(lang)
                if self.week_naming == "week-0N.md":
                    path = f"{wl}/week-{w:02d}{suffix}"
                elif self.week_naming == "1.N-WeekN.md":
                    path = f"{wl}/1.{w}-Week{w}{suffix}"
                else:
                    path = f"{wl}/{self.week_dir_name(w)}/_index{suffix}"
                out.append((path, text))
        return out

    def config_text(self) -> str:
        r = self.r
        owner = self.site_id.split("__")[0]
        repo = self.site_id.split("__")[1]
        url = f"https://{owner.lower()}.github.io/{repo}/"
        if self.config == "config.yaml":
            return (f'baseURL: "{url}"\nlanguageCode: "en-us"\ntitle: "Internship Report"\n'
                    f'theme: "hugo-theme-learn"\ndefaultContentLanguage: "{self.default_lang}"\n')
        lines = [f'baseURL = "{url}"', "relativeURLs = false", "canonifyURLs = true"]
        if r.random() < 0.9:
            lines.append(f'defaultContentLanguage = "{self.default_lang}"')
        lines += ['theme = "hugo-theme-learn"', "", "[outputs]", 'home = [ "HTML", "RSS", "JSON"]', "",
                  "[params]", '  themeVariant = "workshop"', '  editURL = ""',
                  f'  author = "{owner.lower()}@example.com"', "  showVisitedLinks = true", ""]
        names = {"en": ("English", "Internship Report"), "vi": ("Tiếng Việt", "Báo cáo thực tập")}
        for k, lang in enumerate(sorted(self.langs, key=lambda l: l != self.default_lang)):
            lines += [f"[Languages.{lang}]", f'title = "{names[lang][1]}"', f"weight = {k + 1}",
                      f'languageName = "{names[lang][0]}"', ""]
        lines += ["[markup.goldmark.renderer]", "unsafe = true", ""]
        return "\n".join(lines)

    def encode(self, text: str) -> bytes:
        if self.crlf:
            text = text.replace("\n", "\r\n")
        data = text.encode("utf-8")
        if self.bom and data:
            data = b"\xef\xbb\xbf" + data
        return data


# --------------------------------------------------------------------------

def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--interns", type=int, required=True, help="number of intern sites")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--out", required=True, help="output folder (created; must be empty or absent)")
    args = ap.parse_args(argv)
    if args.interns < 1:
        ap.error("--interns must be at least 1")
    if os.path.isdir(args.out) and os.listdir(args.out):
        ap.error(f"{args.out} is not empty")

    interns = pages = total_bytes = md_bytes = 0
    for i in range(args.interns):
        intern = Intern(args.seed, i)
        files = sorted(intern.files())
        for rel, text in files:
            path = os.path.join(args.out, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            data = intern.encode(text)
            with open(path, "wb") as f:
                f.write(data)
            total_bytes += len(data)
            if rel.endswith(".md"):
                pages += 1
                md_bytes += len(data)
        interns += 1
    print(f"interns: {interns}")
    print(f"pages: {pages} (.md files, {pages / interns:.1f} per intern)")
    print(f"bytes: {total_bytes} ({total_bytes / 1e6:.1f} MB; .md {md_bytes / 1e6:.1f} MB, "
          f"{md_bytes / max(pages, 1):.0f} B per page)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
