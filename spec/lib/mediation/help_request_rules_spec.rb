# frozen_string_literal: true

require_relative "../../../lib/discourse_mediation/rules/mediation/help_request_rules"

RSpec.describe DiscourseMediation::Rules::Mediation::HelpRequestRules do
  let(:rules) { described_class }

  describe ".valid_kind?" do
    it "accepts the four kinds the modal offers" do
      expect(%w[deescalate unsafe breaks_list other].map { |k| rules.valid_kind?(k) }).to all(
        eq(true),
      )
    end

    it "asks for an item of the published list only with “this breaks an item”" do
      expect(rules.needs_behaviour?("breaks_list")).to eq(true)
      expect(%w[deescalate unsafe other].map { |k| rules.needs_behaviour?(k) }).to all(eq(false))
    end

    it "refuses anything else, including nothing" do
      expect(rules.valid_kind?("spam")).to eq(false)
      expect(rules.valid_kind?(nil)).to eq(false)
      expect(rules.valid_kind?("")).to eq(false)
    end
  end

  describe ".urgent?" do
    it "treats feeling unsafe as urgent and nothing else" do
      expect(rules.urgent?("unsafe")).to eq(true)
      expect(rules.urgent?("deescalate")).to eq(false)
      expect(rules.urgent?("other")).to eq(false)
      expect(rules.urgent?("breaks_list")).to eq(false)
    end
  end

  describe ".message_too_long?" do
    it "allows a message of exactly the limit" do
      expect(rules.message_too_long?("a" * 10, 10)).to eq(false)
    end

    it "refuses one character more" do
      expect(rules.message_too_long?("a" * 11, 10)).to eq(true)
    end

    it "counts characters, not bytes, as the modal's counter does" do
      expect(rules.message_too_long?("é" * 10, 10)).to eq(false)
      expect(rules.message_too_long?("😀" * 10, 10)).to eq(false)
    end

    it "treats no message as empty" do
      expect(rules.message_too_long?(nil, 0)).to eq(false)
    end
  end

  describe ".within_daily_limit?" do
    it "allows requests below the limit" do
      expect(rules.within_daily_limit?(4, 5)).to eq(true)
    end

    it "refuses once the limit is reached" do
      expect(rules.within_daily_limit?(5, 5)).to eq(false)
      expect(rules.within_daily_limit?(6, 5)).to eq(false)
    end
  end

  describe ".daily_window_start" do
    it "looks back 24 hours" do
      now = Time.utc(2026, 11, 23, 12, 0, 0)
      expect(rules.daily_window_start(now)).to eq(Time.utc(2026, 11, 22, 12, 0, 0))
    end
  end
end
