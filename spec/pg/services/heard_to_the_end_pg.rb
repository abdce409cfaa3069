# frozen_string_literal: true

require_relative "../pg_helper"

# The person concerned, heard to the end: the last word on what came after
# their statement, the same case file as the voters, and after the decision
# the outcome, a word for the review, and an answer to a private reminder.
RSpec.describe "the person concerned, heard to the end" do
  before { configure_mediation }

  let!(:mediation_case) { ask_for_help }
  let(:affected) { Fabricate(:member) }

  def call(service, by:, mediation_case: self.mediation_case, **params)
    DiscourseMediation.const_get(service).call(
      params: {
        case_id: mediation_case.id,
        **params,
      },
      guardian: by.guardian,
    )
  end

  def escalate_naming_affected
    escalate(mediation_case)
    call("Case::AddPerson", by: mediator, username: affected.username)
    submit_report(mediation_case, affected_user_ids: [affected.id])
  end

  describe "the last word" do
    # A one-day window, so that the time to answer outlasts it.
    before do
      SiteSetting.mediation_statement_days = 1
      escalate_naming_affected
    end

    context "when someone affected writes after the person concerned" do
      before do
        call("Statement::Submit", by: author, raw: "My side of it")
        call("Statement::Submit", by: affected, raw: "What it was like for me")
      end

      it "opens a stated time to answer it, tells them, and offers it on their page" do
        expect(mediation_case.reload.answer_until).to be_within(1.second).of(2.days.from_now)
        expect(
          enqueued_jobs(Jobs::DiscourseMediation::SendMediationReportNotices).map { _1[:args] },
        ).to include("case_id" => mediation_case.id, "kind" => "answer_window")
        run_enqueued_jobs
        told = PostCreator.created.find { _1[:opts][:title].to_s.include?("You may answer") }
        expect(told[:opts][:target_usernames]).to eq(author.username)
        expect(statement_page(mediation_case, author)).to include(can_answer: true)
        expect(statement_page(mediation_case, affected)).to include(can_answer: false)
      end

      it "holds the vote until it is answered, however the deadline passes" do
        add_voters(3)
        travel_to(mediation_case.reload.statement_deadline_at + 1.minute)
        run_job(Jobs::DiscourseMediation::MediationStatementWindows)
        expect(mediation_case.reload.state).to eq("awaiting_statements")

        expect(call("Statement::Answer", by: author, raw: "  In answer to that  ")).to(
          run_successfully,
        )
        answer = mediation_case.statements.find_by(kind: "answer")
        expect(answer).to have_attributes(role: "subject", raw: "In answer to that")
        expect(mediation_case.reload.answer_until).to be_nil
        run_job(Jobs::DiscourseMediation::MediationStatementWindows)
        expect(mediation_case.reload.state).to eq("voting")
        run_enqueued_jobs
        expect(mediation_case.ballot.reload.topic.posts.first.raw).to include("In answer to that")
      end

      it "opens the vote when its time ends unanswered" do
        add_voters(3)
        travel_to(mediation_case.reload.answer_until + 1.minute)
        run_job(Jobs::DiscourseMediation::MediationStatementWindows)
        expect(mediation_case.reload.state).to eq("voting")
      end

      it "is answered once" do
        call("Statement::Answer", by: author, raw: "Once")
        expect(call("Statement::Answer", by: author, raw: "Twice")).to fail_a_policy(:answer_open)
        expect(mediation_case.statements.where(kind: "answer").count).to eq(1)
      end

      it "is the person concerned's alone" do
        expect(call("Statement::Answer", by: affected, raw: "Me too")).to fail_a_policy(:may_take)
        expect(call("Statement::Answer", by: mediator, raw: "Me too")).to fail_a_policy(:may_take)
      end

      it "refuses an empty or oversized answer and writes nothing" do
        expect(call("Statement::Answer", by: author, raw: "   ")).to fail_a_contract
        too_long = "x" * (DiscourseMediation::Statement::MAX_LENGTH + 1)
        expect(call("Statement::Answer", by: author, raw: too_long)).to fail_a_contract
        expect(mediation_case.statements.where(kind: "answer")).to be_empty
      end
    end

    it "opens nothing for a statement that comes before the person concerned's own" do
      call("Statement::Submit", by: affected, raw: "First")
      expect(mediation_case.reload.answer_until).to be_nil
      expect(call("Statement::Answer", by: author, raw: "Hm")).to fail_a_policy(:answer_open)
    end

    it "opens nothing when someone affected declines" do
      call("Statement::Submit", by: author, raw: "My side")
      call("Statement::Decline", by: affected)
      expect(mediation_case.reload.answer_until).to be_nil
    end
  end

  describe "the same case file on both sides" do
    let!(:voter_list) { add_voters(3) }

    it "shows the person concerned exactly what the voters read, earlier outcomes included" do
      earlier = ask_for_help(on: Fabricate(:post, user: author))
      claim(earlier)
      call(
        "Case::Resolve",
        by: mediator,
        mediation_case: earlier,
        outcome_note: "A reminder",
        private_reminder: true,
        reminder_keys: %w[personal-attacks],
        reminder_message: "Please keep to the ideas.",
      )
      call("Statement::AnswerReminder", by: author, mediation_case: earlier, reason: "I did.")

      escalate_naming_affected
      call("Statement::Submit", by: author, raw: "My side")
      call("Statement::Submit", by: affected, raw: "Theirs")
      call("Statement::Answer", by: author, raw: "My answer")
      travel_to(mediation_case.reload.statement_deadline_at + 1.minute)
      run_job(Jobs::DiscourseMediation::MediationStatementWindows)
      ballot = mediation_case.reload.ballot

      voters_file = DiscourseMediation::BallotView.for(ballot, voter_list.first)[:case_file]
      subjects_file = statement_page(mediation_case, author)[:case_file]
      expect(JSON.parse(subjects_file.to_json)).to eq(JSON.parse(voters_file.to_json))
      expect(subjects_file[:statements].map { _1[:kind] }).to eq(%w[statement statement answer])
      expect(subjects_file[:earlier_outcomes]).to contain_exactly(
        include(answer: "I did.", title: I18n.t("discourse_mediation.private_reminder")),
      )
    end

    it "gives someone affected the report, never the case file or the outcome" do
      escalate_naming_affected
      page = statement_page(mediation_case, affected)
      expect(page).to include(case_file: nil, decision: nil, outcome: nil, review: nil)
      expect(page[:report]).to be_present
    end
  end

  describe "after the decision" do
    let!(:voter_list) { add_voters(3) }

    before do
      escalate_naming_affected
      decide(mediation_case, votes: voter_list.map { [_1, "formal_warning"] })
      carry_out(mediation_case, duration_days: nil, review_days: 180)
    end

    it "states the outcome, what was carried out and the review on the person's page" do
      page = statement_page(mediation_case, author)
      expect(page[:decision]).to include(outcome: "Formal warning", quorum_met: true)
      expect(page[:outcome]).to include(key: "formal_warning", review_at: be_present)
      expect(page[:review]).to include(can_send: true, statement: nil)
      expect(page[:next_step][:key]).to eq(:review)
    end

    it "takes one short statement for the review before its date, which the moderators read" do
      expect(call("Statement::ReviewStatement", by: author, reason: "It has gone well")).to(
        run_successfully,
      )
      expect(call("Statement::ReviewStatement", by: author, reason: "Again")).to fail_a_policy(
        :before_the_review,
      )
      expect(mediation_case.reload.outcome_summary).to include(review_statement: "It has gone well")
    end

    it "refuses a statement for the review after its date, or from anyone else" do
      expect(call("Statement::ReviewStatement", by: affected, reason: "Me")).to fail_a_policy(
        :may_take,
      )
      travel_to(mediation_case.reload.review_at + 1.minute)
      expect(call("Statement::ReviewStatement", by: author, reason: "Late")).to fail_a_policy(
        :before_the_review,
      )
      expect(mediation_case.reload.review_statement).to be_nil
    end

    it "keeps the review the next step once its date has passed, until it is done" do
      travel_to(mediation_case.reload.review_at + 1.day)
      expect(mediation_case.appeal_closes_at).to be < Time.zone.now
      expect(mediation_case.next_step.key).to eq(:review_due)
    end
  end

  describe "answering a private reminder" do
    before do
      claim(mediation_case)
      call(
        "Case::Resolve",
        by: mediator,
        outcome_note: "A reminder",
        private_reminder: true,
        reminder_keys: %w[personal-attacks],
        reminder_message: "Please keep to the ideas.",
      )
    end

    it "opens the person's page on the reminder, and takes one answer" do
      expect(author.guardian.can_see_mediation_statement_page?(mediation_case.reload)).to eq(true)
      expect(statement_page(mediation_case, author)[:reminder]).to include(can_answer: true)
      expect(call("Statement::AnswerReminder", by: author, reason: "Understood")).to(
        run_successfully,
      )
      expect(call("Statement::AnswerReminder", by: author, reason: "Again")).to fail_a_policy(
        :reminder_unanswered,
      )
      expect(mediation_case.reload.reminder_answer).to eq("Understood")
    end

    it "is the person concerned's alone" do
      expect(member.guardian.can_see_mediation_statement_page?(mediation_case.reload)).to eq(false)
      expect(call("Statement::AnswerReminder", by: member, reason: "Me")).to fail_a_policy(
        :may_take,
      )
    end

    it "is refused for a case resolved without a reminder" do
      other = ask_for_help(on: Fabricate(:post, user: author))
      claim(other)
      call("Case::Resolve", by: mediator, mediation_case: other, outcome_note: "Calm again")
      expect(
        call("Statement::AnswerReminder", by: author, mediation_case: other, reason: "?"),
      ).to fail_a_policy(:reminder_unanswered)
    end
  end
end
