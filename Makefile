# worklog: two commands do all the set-up on a fresh Debian machine with Swift:
#   make demo   installs what the build needs, builds, writes reports for samples/cohort to reports/
#   make test   also installs what the tests need, then runs every test suite
# Everything is built once, in release mode with testing enabled, so tests and
# corpus runs share one build.

SWIFT      ?= swift
BUILD_FLAGS = -c release -Xswiftc -enable-testing
BIN         = .build/release/worklog
CORPUS     ?= ../shared/corpus
FUZZ_SECONDS ?= 120
APT_GET     = DEBIAN_FRONTEND=noninteractive apt-get

BUILD_DEPS  = libxlsxwriter-dev pkg-config
TEST_DEPS   = libreoffice-calc-nogui python3 unzip util-linux chromium

.PHONY: demo build test deps test-deps corpus originality fuzz clean

demo: deps build
	$(BIN) report samples/cohort --out reports

build:
	$(SWIFT) build $(BUILD_FLAGS)

test: test-deps build
	$(SWIFT) test $(BUILD_FLAGS) --parallel --num-workers 2

# Runs the engine over the real corpus: never crashes, says what it could not read,
# and prints the cohort figures of a full report (written to .build/corpus-report).
corpus: build
	$(BIN) check $(CORPUS) > .build/corpus-check.txt; status=$$?; \
	  sed -n '/^summary:/,$$p' .build/corpus-check.txt | grep -v '^  [^ ]*: [a-z][a-z] '; \
	  test $$status -le 1
	$(BIN) report $(CORPUS) --out .build/corpus-report; test $$? -le 1
	for id in intern-001 intern-002 intern-003; do \
	  $(BIN) summary $(CORPUS) --anonymize --intern $$id --out .build/corpus-summaries || exit 1; \
	  head -n 12 .build/corpus-summaries/$$id/summary.md; echo; \
	done

# libFuzzer + AddressSanitizer over the page parser, seeded with the test
# fixtures; fails on any crash (the input is left in .build/fuzz/artifacts/).
fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) bash scripts/fuzz.sh

# Originality over the real corpus, anonymized: the spread and the five most similar pairs.
originality: build
	$(BIN) report $(CORPUS) --anonymize --format csv --out .build/originality > /dev/null; \
	  test $$? -le 1
	python3 scripts/originality-spread.py .build/originality 5

deps:
	@bash scripts/install-packages.sh $(BUILD_DEPS)

test-deps:
	@bash scripts/install-packages.sh $(BUILD_DEPS) $(TEST_DEPS)

clean:
	rm -rf .build reports/*.csv reports/*.json reports/*.xlsx
