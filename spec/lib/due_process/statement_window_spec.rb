# frozen_string_literal: true

require_relative "../../../lib/discourse_mediation/rules/due_process/statement_window"

RSpec.describe DiscourseMediation::Rules::DueProcess::StatementWindow do
  let(:submitted) { Time.utc(2026, 11, 23, 15, 30) }
  let(:deadline) { described_class.deadline(submitted_at: submitted, days: 7) }

  describe ".deadline" do
    it "ends whole days after the report was submitted" do
      expect(deadline).to eq(Time.utc(2026, 11, 30, 15, 30))
    end

    it "is the same instant whatever zone the submission time was read in" do
      in_tokyo = Time.new(2026, 11, 24, 0, 30, 0, "+09:00")
      expect(described_class.deadline(submitted_at: in_tokyo, days: 7)).to eq(deadline)
      expect(described_class.deadline(submitted_at: in_tokyo, days: 7).utc_offset).to eq(0)
    end

    it "counts 24-hour days across a change of daylight saving time" do
      before_change = Time.utc(2026, 10, 20, 12, 0) # Europe changes on 25 October
      expect(described_class.deadline(submitted_at: before_change, days: 7)).to eq(
        Time.utc(2026, 10, 27, 12, 0),
      )
    end
  end

  describe ".extended" do
    it "adds the extension to the current deadline, not to now" do
      expect(described_class.extended(deadline:, days: 7)).to eq(Time.utc(2026, 12, 7, 15, 30))
    end
  end

  describe ".closes_at and .open?" do
    it "closes at the deadline" do
      expect(described_class.closes_at(deadline:)).to eq(deadline)
      expect(described_class.open?(now: deadline - 1, deadline:)).to eq(true)
      expect(described_class.open?(now: deadline, deadline:)).to eq(false)
    end

    it "closes when the subject waives it, if that comes first" do
      waived = submitted + 3600
      expect(described_class.closes_at(deadline:, waived_at: waived)).to eq(waived)
      expect(described_class.open?(now: waived + 1, deadline:, waived_at: waived)).to eq(false)
    end

    it "ignores a waiver recorded after the deadline" do
      expect(described_class.closes_at(deadline:, waived_at: deadline + 60)).to eq(deadline)
    end
  end

  describe "a request for more time waiting for its decision" do
    it "keeps the window open past the deadline until it is decided" do
      expect(described_class.open?(now: deadline + 3600, deadline:, held: true)).to eq(true)
      expect(described_class.open?(now: deadline + 3600, deadline:, held: false)).to eq(false)
    end

    it "does not reopen time the person concerned waived" do
      waived = deadline - 3600
      expect(
        described_class.open?(now: waived + 60, deadline:, waived_at: waived, held: true),
      ).to eq(false)
    end

    it "is to be decided within a day of being asked" do
      asked = Time.utc(2026, 11, 30, 9, 15)
      expect(described_class.extension_decision_due_at(requested_at: asked)).to eq(
        Time.utc(2026, 12, 1, 9, 15),
      )
    end
  end

  describe ".reminder_due?" do
    it "is due in the last day, once" do
      expect(
        described_class.reminder_due?(now: deadline - 86_401, deadline:, reminded_at: nil),
      ).to eq(false)
      expect(
        described_class.reminder_due?(now: deadline - 86_400, deadline:, reminded_at: nil),
      ).to eq(true)
      expect(
        described_class.reminder_due?(now: deadline - 60, deadline:, reminded_at: deadline - 3600),
      ).to eq(false)
    end

    it "is not due once the window is closed or waived" do
      expect(described_class.reminder_due?(now: deadline, deadline:, reminded_at: nil)).to eq(false)
      expect(
        described_class.reminder_due?(
          now: deadline - 60,
          deadline:,
          reminded_at: nil,
          waived_at: submitted,
        ),
      ).to eq(false)
    end
  end

  describe ".extension_requestable?" do
    it "can be asked once, while the window is open and not waived" do
      expect(
        described_class.extension_requestable?(
          now: submitted,
          deadline:,
          waived_at: nil,
          extension_requested_at: nil,
        ),
      ).to eq(true)
      expect(
        described_class.extension_requestable?(
          now: submitted,
          deadline:,
          waived_at: nil,
          extension_requested_at: submitted,
        ),
      ).to eq(false)
      expect(
        described_class.extension_requestable?(
          now: submitted,
          deadline:,
          waived_at: submitted,
          extension_requested_at: nil,
        ),
      ).to eq(false)
      expect(
        described_class.extension_requestable?(
          now: deadline,
          deadline:,
          waived_at: nil,
          extension_requested_at: nil,
        ),
      ).to eq(false)
    end
  end

  describe "people named as affected" do
    let(:opened) { Time.utc(2026, 11, 1, 12) }
    let(:closes) { Time.utc(2026, 11, 10, 12) }

    it "answer at two thirds of the window by default, so the person concerned has the last third" do
      expect(
        described_class.affected_closes_at(submitted_at: opened, deadline: closes, percent: 67),
      ).to be_within(1).of(Time.utc(2026, 11, 7, 12, 43, 12))
    end

    it "are on time until then, move the deadline once after, and are refused after that" do
      at = Time.utc(2026, 11, 7)
      expect(
        described_class.affected_arrival(now: at - 1, affected_closes_at: at, already_moved: false),
      ).to eq(:on_time)
      expect(
        described_class.affected_arrival(
          now: at + 60,
          affected_closes_at: at,
          already_moved: false,
        ),
      ).to eq(:late)
      expect(
        described_class.affected_arrival(now: at + 60, affected_closes_at: at, already_moved: true),
      ).to eq(:closed)
    end
  end
end
