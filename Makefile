# worklog: two commands do all the set-up on a fresh Debian machine with Swift:
#   make demo   installs what the build needs, builds, writes reports for samples/cohort to reports/
#   make test   also installs what the tests need, then runs every test suite
# Everything is built once, in release mode with testing enabled, so tests and
# corpus runs share one build.

SWIFT      ?= swift
BUILD_FLAGS = -c release -Xswiftc -enable-testing
BIN         = .build/release/worklog
CORPUS     ?= ../shared/corpus
APT_GET     = DEBIAN_FRONTEND=noninteractive apt-get

BUILD_DEPS  = libxlsxwriter-dev pkg-config
TEST_DEPS   = libreoffice-calc-nogui python3 unzip util-linux

.PHONY: demo build test deps test-deps corpus originality clean

demo: deps build
	$(BIN) report samples/cohort --out reports

build:
	$(SWIFT) build $(BUILD_FLAGS)

test: test-deps build
	$(SWIFT) test $(BUILD_FLAGS) --parallel --num-workers 2

# Runs the engine over the real corpus: never crashes, says what it could not read.
corpus: build
	$(BIN) check $(CORPUS) > .build/corpus-check.txt; status=$$?; \
	  sed -n '/^summary:/,$$p' .build/corpus-check.txt; \
	  test $$status -le 1

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
