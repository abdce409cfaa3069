# frozen_string_literal: true

require_relative "../../../lib/discourse_mediation/rules/case/post_link"

RSpec.describe DiscourseMediation::Rules::Case::PostLink do
  def parse(text, base_url: "https://forum.example")
    described_class.parse(text, base_url:)&.to_h&.compact
  end

  it "reads the link a post's share button copies" do
    expect(parse("https://forum.example/t/packaging-proposal/12/4?u=alice")).to eq(
      topic_id: 12,
      post_number: 4,
    )
  end

  it "reads a topic's link as its first post, and a post's short link by its id" do
    expect(parse("https://forum.example/t/packaging-proposal/12")).to eq(
      topic_id: 12,
      post_number: 1,
    )
    expect(parse("/t/12/7")).to eq(topic_id: 12, post_number: 7)
    expect(parse("  /p/345  ")).to eq(post_id: 345)
  end

  it "reads links under the forum's subfolder, and relative links with or without it" do
    base_url = "https://example.org/forum"
    expect(parse("https://example.org/forum/t/slug/12/4", base_url:)).to eq(
      topic_id: 12,
      post_number: 4,
    )
    expect(parse("/forum/t/slug/12/4", base_url:)).to eq(topic_id: 12, post_number: 4)
    expect(parse("/t/slug/12/4", base_url:)).to eq(topic_id: 12, post_number: 4)
    expect(parse("https://example.org/t/slug/12/4", base_url:)).to be_nil
  end

  it "refuses a link to another site, or on another port or scheme" do
    expect(parse("https://elsewhere.example/t/slug/12/4")).to be_nil
    expect(parse("https://forum.example:8443/t/slug/12/4")).to be_nil
    expect(parse("ftp://forum.example/t/slug/12/4")).to be_nil
    expect(parse("javascript:alert(1)")).to be_nil
  end

  it "refuses text that is not a post's link" do
    [
      "",
      "hello there",
      "t/slug/12/4",
      "/u/alice",
      "/t/slug/abc/4",
      "/t/slug/12/4/5",
      "http://[::1",
    ].each { expect(parse(_1)).to be_nil, "#{_1.inspect} read as a post" }
  end

  it "compares the forum's host whatever its case" do
    expect(parse("https://FORUM.example/t/12/4")).to eq(topic_id: 12, post_number: 4)
  end
end
