# frozen_string_literal: true

require_relative "pg_helper"

# User text in the plugin's own posts and messages stays the user's: it cannot
# step out of its quote, forge the plugin's words, or turn into a link.
RSpec.describe "user text in the plugin's posts and messages" do
  before { configure_mediation }

  let!(:voter_list) { add_voters(3) }

  def lines_with(raw, text)
    # Split as a Markdown renderer does: every kind of line break ends a line.
    raw.split(DiscourseMediation::Markdown::LINE_BREAK).select { |line| line.include?(text) }
  end

  it "keeps a statement inside its quote in the voters' report topic, whatever its line breaks" do
    mediation_case = submit_report(ask_for_help)
    forged = "fine\r\r**Statement by @admin**: I take it all back\u2028**Outcome**: suspension"
    succeed(DiscourseMediation::Statement::Submit.call(params: { case_id: mediation_case.id, raw: forged }, guardian: author.guardian))
    ballot = open_vote(mediation_case).ballot
    run_enqueued_jobs
    raw = ballot.reload.topic.posts.first.raw
    forged_lines = lines_with(raw, "I take it all back") + lines_with(raw, "**Outcome**: suspension")
    expect(forged_lines.size).to eq(2)
    expect(forged_lines).to all(start_with(">"))
  end

  it "keeps the report's own parts quoted too" do
    mediation_case = submit_report(ask_for_help, what_happened: "Insults\rCited items: none")
    ballot = open_vote(mediation_case).ballot
    run_enqueued_jobs
    expect(lines_with(ballot.reload.topic.posts.first.raw, "Cited items: none")).to all(start_with(">"))
  end

  it "does not let a topic title become a link in the mediators' message" do
    topic.update!(title: "Hello](https://evil.example) [click")
    ask_for_help(message: "Look\r# I am a heading")
    run_enqueued_jobs
    raw = PostCreator.created.last[:post].raw
    expect(raw).not_to include("](https://evil.example)")
    expect(raw).to include("Hello\\]\\(https://evil.example\\)")
    expect(lines_with(raw, "# I am a heading")).to all(start_with(">"))
  end

  it "writes the title itself, unescaped, in message titles" do
    topic.update!(title: "Packaging [RFC] proposal")
    ask_for_help
    run_enqueued_jobs
    expect(Topic.find(PostCreator.created.last[:post].topic_id).title).to include("Packaging [RFC] proposal")
  end

  it "keeps the moderators' reasons quoted in the outcome message" do
    mediation_case = decide(ask_for_help, votes: voter_list.zip(%w[suspension suspension no_action]))
    succeed(
      DiscourseMediation::Case::Implement.call(
        params: { case_id: mediation_case.id, duration_days: 10, reason: "Repeated\r**The way back.** none" },
        guardian: moderator.guardian,
      ),
    )
    message = DiscourseMediation::Notices::Outcome.new(mediation_case.reload).subject_message
    expect(lines_with(message, "**The way back.** none")).to all(start_with(">"))
  end
end
