# frozen_string_literal: true

require_relative "../../../lib/discourse_mediation/rules/record/recommendation"

RSpec.describe DiscourseMediation::Rules::Record::Recommendation do
  let(:shown_at) { Time.utc(2026, 12, 1, 10, 0, 0) }
  let(:day) { 24 * 60 * 60 }

  describe ".spaces" do
    it "trims, drops blanks and names each space once, in the order given" do
      expect(
        described_class.spaces(["  GitHub  repository ", "", "Matrix chat", "github repository"]),
      ).to eq(["GitHub repository", "Matrix chat"])
    end

    it "takes nothing as no spaces" do
      expect(described_class.spaces(nil)).to eq([])
    end
  end

  describe ".problem" do
    let(:spaces) { ["Matrix chat"] }

    it "accepts a text and one space" do
      expect(described_class.problem(text: "Please keep an eye on it", spaces:)).to be_nil
    end

    it "refuses an empty text" do
      expect(described_class.problem(text: "   ", spaces:)).to eq(:text_missing)
    end

    it "refuses a text over the limit, and accepts one at it" do
      max = described_class::TEXT_MAX_LENGTH
      expect(described_class.problem(text: "a" * (max + 1), spaces:)).to eq(:text_too_long)
      expect(described_class.problem(text: "a" * max, spaces:)).to be_nil
    end

    it "refuses no spaces" do
      expect(described_class.problem(text: "text", spaces: [])).to eq(:spaces_missing)
    end

    it "refuses more spaces than the limit, and accepts the limit" do
      max = described_class::MAX_SPACES
      names = (1..(max + 1)).map { |n| "Space #{n}" }
      expect(described_class.problem(text: "text", spaces: names)).to eq(:too_many_spaces)
      expect(described_class.problem(text: "text", spaces: names.first(max))).to be_nil
    end

    it "refuses a space name over the limit" do
      name = "a" * (described_class::SPACE_MAX_LENGTH + 1)
      expect(described_class.problem(text: "text", spaces: [name])).to eq(:space_too_long)
    end
  end

  describe ".trim" do
    it "trims Unicode spaces and zero-width characters, leaving nothing of blanks" do
      expect(described_class.trim("\u00A0\u200B Keep out \u2060\uFEFF")).to eq("Keep out")
      expect(described_class.trim("\u00A0\u200B\u200C\u200D")).to eq("")
      expect(described_class.trim(nil)).to eq("")
    end

    it "takes text of Unicode blanks as missing, and drops such spaces" do
      expect(described_class.problem(text: "\u00A0\u200B", spaces: ["Matrix chat"])).to eq(
        :text_missing,
      )
      expect(described_class.spaces(["\u200B", "\u00A0", "Matrix\u00A0\u200Bchat"])).to eq(
        ["Matrix chat"],
      )
      expect(described_class.answer_problem("\u200B\u00A0")).to eq(:answer_invalid)
      expect(described_class.answer_problem(" I agree\u200B")).to be_nil
    end
  end

  describe ".shape_problem" do
    it "accepts a text and a list of names" do
      expect(described_class.shape_problem(text: "t", spaces: %w[0x10 Matrix])).to be_nil
      expect(described_class.shape_problem(text: nil, spaces: nil)).to be_nil
    end

    it "refuses a hash, nested lists, numbers and a text that is not text" do
      expect(described_class.shape_problem(text: "t", spaces: { "0" => "a" })).to eq(
        :spaces_not_list,
      )
      expect(described_class.shape_problem(text: "t", spaces: [["a"]])).to eq(:spaces_not_list)
      expect(described_class.shape_problem(text: "t", spaces: [16])).to eq(:spaces_not_list)
      expect(described_class.shape_problem(text: ["t"], spaces: ["a"])).to eq(:text_not_text)
    end

    it "counts the spaces as sent, before repeats and blanks are dropped" do
      expect(described_class.shape_problem(text: "t", spaces: %w[a b c d e A])).to eq(
        :too_many_spaces,
      )
    end
  end

  describe ".answer_until" do
    it "counts from the end of a suspension when it ends later" do
      ends = shown_at + 10 * day
      expect(described_class.answer_until(shown_at:, suspended_until: ends)).to eq(ends + 3 * day)
      expect(described_class.answer_until(shown_at:, suspended_until: shown_at - day)).to eq(
        shown_at + 3 * day,
      )
      expect(
        described_class.pass_on_refusal(
          now: shown_at + 4 * day,
          shown_at:,
          answered_at: nil,
          passed_on_at: nil,
          suspended_until: ends,
        ),
      ).to eq(:answer_time_open)
    end
  end

  describe ".limit_of" do
    it "names the limit each problem is about" do
      expect(described_class.limit_of(:too_many_spaces)).to eq(described_class::MAX_SPACES)
      expect(described_class.limit_of(:space_too_long)).to eq(described_class::SPACE_MAX_LENGTH)
      expect(described_class.limit_of(:text_missing)).to be_nil
    end
  end

  describe ".pass_on_refusal" do
    it "waits for the person concerned's time to answer" do
      expect(
        described_class.pass_on_refusal(
          now: shown_at + day,
          shown_at:,
          answered_at: nil,
          passed_on_at: nil,
        ),
      ).to eq(:answer_time_open)
    end

    it "allows it once they answered" do
      expect(
        described_class.pass_on_refusal(
          now: shown_at + day,
          shown_at:,
          answered_at: shown_at + 3600,
          passed_on_at: nil,
        ),
      ).to be_nil
    end

    it "allows it when their time to answer has ended, to the second" do
      ends = described_class.answer_until(shown_at:)
      expect(ends).to eq(shown_at + described_class::ANSWER_DAYS * day)
      expect(
        described_class.pass_on_refusal(
          now: ends - 1,
          shown_at:,
          answered_at: nil,
          passed_on_at: nil,
        ),
      ).to eq(:answer_time_open)
      expect(
        described_class.pass_on_refusal(now: ends, shown_at:, answered_at: nil, passed_on_at: nil),
      ).to be_nil
    end

    it "refuses a second time" do
      expect(
        described_class.pass_on_refusal(
          now: shown_at + 5 * day,
          shown_at:,
          answered_at: nil,
          passed_on_at: shown_at + 4 * day,
        ),
      ).to eq(:already_passed_on)
    end
  end
end
