# frozen_string_literal: true

require_relative "../../../lib/discourse_mediation/rules/case/conduct_place"

RSpec.describe DiscourseMediation::Rules::Case::ConductPlace do
  describe ".place_problem" do
    let(:today) { Date.new(2026, 12, 6) }

    def place_problem(where: "Review of pull request 4121", happened_on: Date.new(2026, 12, 1))
      described_class.place_problem(where:, happened_on:, today:)
    end

    it "accepts where, and a day up to tomorrow" do
      expect(place_problem).to be_nil
      expect(place_problem(happened_on: today + 1)).to be_nil
      expect(place_problem(where: "a" * described_class::WHERE_MAX_LENGTH)).to be_nil
    end

    it "refuses a missing or too long place, a missing date or one after tomorrow" do
      expect(place_problem(where: "")).to eq(:where_missing)
      expect(place_problem(where: "a" * (described_class::WHERE_MAX_LENGTH + 1))).to eq(
        :where_too_long,
      )
      expect(place_problem(happened_on: nil)).to eq(:date_missing)
      expect(place_problem(happened_on: today + 2)).to eq(:date_in_future)
    end

    it "refuses a day before 2000, a slip of the keyboard" do
      expect(place_problem(happened_on: Date.new(1, 1, 1))).to eq(:date_too_early)
      expect(place_problem(happened_on: Date.new(1999, 12, 31))).to eq(:date_too_early)
      expect(place_problem(happened_on: Date.new(2000, 1, 1))).to be_nil
    end

    it "refuses a place with control or text-direction characters" do
      ["Chat\u0000room", "Chat\u202Emoor", "Chat \u2066room\u2069", "Chat\u0007"].each do
        expect(place_problem(where: _1)).to eq(:where_not_plain), "#{_1.inspect} taken"
      end
    end
  end

  describe ".parse_date" do
    it "reads a calendar day written YYYY-MM-DD and nothing else" do
      expect(described_class.parse_date("2026-02-28")).to eq(Date.new(2026, 2, 28))
      ["2026-02-30", "2026-2-3", "28/02/2026", "2026-02-28T10:00", "", nil, 20_260_228].each do
        expect(described_class.parse_date(_1)).to be_nil, "#{_1.inspect} read as a date"
      end
    end
  end
end
