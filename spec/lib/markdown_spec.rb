# frozen_string_literal: true

require_relative "../../lib/discourse_mediation/markdown"

RSpec.describe DiscourseMediation::Markdown do
  describe ".quote" do
    {
      "a line feed" => "one\ntwo",
      "a carriage return and line feed" => "one\r\ntwo",
      "a bare carriage return" => "one\rtwo",
      "a Unicode line separator" => "one\u2028two",
      "a Unicode paragraph separator" => "one\u2029two",
      "a vertical tab" => "one\vtwo",
      "a next-line character" => "one\u0085two",
    }.each do |name, text|
      it "keeps every line inside the quote after #{name}" do
        expect(described_class.quote(text)).to eq("> one\n> two")
      end
    end

    it "turns no user text into HTML, a link or an image" do
      quoted =
        described_class.quote(
          "</blockquote><h2>Note from the moderators</h2>\n[a link](https://x.test) ![img](https://x.test/i.png)",
        )
      expect(quoted).to eq(
        "> \\</blockquote\\>\\<h2\\>Note from the moderators\\</h2\\>\n> \\[a link\\]\\(https://x.test\\) \\!\\[img\\]\\(https://x.test/i.png\\)",
      )
    end

    it "keeps empty lines quoted, so a paragraph cannot end the quote" do
      expect(described_class.quote("one\n\n**Statement by @admin**")).to eq(
        "> one\n>\n> \\*\\*Statement by @admin\\*\\*",
      )
    end

    it "writes nothing for no text" do
      expect(described_class.quote(nil)).to eq("")
    end
  end

  describe ".inline" do
    it "escapes what would make a link, emphasis or a heading" do
      expect(described_class.inline("Hi](https://evil.example) *x* # y")).to eq(
        "Hi\\]\\(https://evil.example\\) \\*x\\* \\# y",
      )
    end

    it "puts every kind of line break on one line" do
      expect(described_class.inline("one\rtwo\u2028three\r\nfour")).to eq("one two three four")
    end
  end

  describe "inert text" do
    it "keeps an @mention, an :emoji: and a bare link from coming alive, and reads the same" do
      text = "@moderators see https://evil.example :poop:"
      quoted = described_class.quote(text, inert: true)
      expect(quoted).to eq("> @\u2060moderators see https:\u2060//evil.example :\u2060poop:\u2060")
      expect(quoted.delete("\u2060")).to eq("> #{text}")
      expect(described_class.inline("@team: *x*", inert: true)).to eq("@\u2060team:\u2060 \\*x\\*")
    end
  end

  describe ".literal" do
    it "puts the text in a code span, so a mention, an emoji or a URL stays text" do
      expect(described_class.literal("@admin :smile: https://x.example")).to eq(
        "`@admin :smile: https://x.example`",
      )
    end

    it "fences backticks inside with a longer run, on one line" do
      expect(described_class.literal("a`b")).to eq("``a`b``")
      expect(described_class.literal("`x\ny")).to eq("`` `x y ``")
    end
  end
end
