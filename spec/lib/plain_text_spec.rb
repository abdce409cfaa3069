# frozen_string_literal: true

require "benchmark"
require_relative "../../lib/discourse_mediation/rules/plain_text"

RSpec.describe DiscourseMediation::Rules::PlainText do
  describe ".trim" do
    it "trims every kind of blank at the ends, keeping the inside" do
      expect(described_class.trim("\u00A0\u200B  a  b \n")).to eq("a  b")
      expect(described_class.trim("\u200B \u2060")).to eq("")
      expect(described_class.trim("a")).to eq("a")
      expect(described_class.trim(nil)).to eq("")
    end

    # Matching blanks at the end with a regular expression tries every
    # run of blanks inside, which took 38 seconds for 40,000 of them: four
    # times the blanks took sixteen times as long.
    it "takes time in proportion to the text, however many blanks are inside" do
      seconds = ->(n) do
        Benchmark.realtime { 3.times { described_class.trim("a#{" " * n}b#{" " * n}") } }
      end
      seconds.call(1000)
      short = seconds.call(25_000)
      long = seconds.call(100_000)
      expect(long).to be < (short * 10) + 0.05
      expect(described_class.trim("a#{" " * 100_000}b ").length).to eq(100_002)
    end
  end

  describe ".trim_within" do
    it "leaves a text far over its limit as sent, for its length to be refused" do
      expect(described_class.trim_within("  ab  ", 3)).to eq("ab")
      expect(described_class.trim_within(" abcdefg ", 3)).to eq(" abcdefg ")
    end
  end

  describe ".one_line" do
    it "puts a pasted name on one line" do
      expect(described_class.one_line(" Matrix\n\tchat\u00A0 room ")).to eq("Matrix chat room")
    end
  end

  describe ".control?" do
    it "finds what no keyboard types, but not tabs and line breaks" do
      expect(described_class.control?("a\u0000b")).to eq(true)
      expect(described_class.control?("a\u001Bb")).to eq(true)
      expect(described_class.control?("a\u007Fb")).to eq(true)
      expect(described_class.control?("a\tb\nc\r\nd é 😀")).to eq(false)
    end
  end

  describe ".turns_direction?" do
    it "finds the characters that turn the text's direction" do
      expect(described_class.turns_direction?("a\u202Eb")).to eq(true)
      expect(described_class.turns_direction?("a\u2067b")).to eq(true)
      expect(described_class.turns_direction?("שלום")).to eq(false)
    end
  end
end
