# frozen_string_literal: true

require_relative "../pg_helper"

RSpec.describe "due process" do
  before { configure_mediation }

  let!(:mediation_case) { ask_for_help }
  let(:affected) { Fabricate(:member) }

  def call(service, by:, **params)
    DiscourseMediation.const_get(service).call(
      params: {
        case_id: mediation_case.id,
        **params,
      },
      guardian: by.guardian,
    )
  end

  describe DiscourseMediation::Report::Save do
    subject(:result) { call("Report::Save", by: mediator, **report_params(mediation_case)) }

    before { escalate(mediation_case) }

    context "when a part is over the length limit" do
      subject(:result) do
        call(
          "Report::Save",
          by: mediator,
          **report_params(
            mediation_case,
            what_happened:
              "x" * (DiscourseMediation::Rules::DueProcess::ReportRules::TEXT_MAX_LENGTH + 1),
          ),
        )
      end

      it { is_expected.to fail_a_contract }
    end

    context "when someone other than the case's mediator writes" do
      subject(:result) { call("Report::Save", by: other_mediator, **report_params(mediation_case)) }

      it { is_expected.to fail_a_policy(:may_take) }
    end

    context "when it cites an item that is not on the list" do
      subject(:result) do
        call(
          "Report::Save",
          by: mediator,
          **report_params(mediation_case, cited_keys: ["invented"]),
        )
      end

      it { is_expected.to fail_a_policy(:known_keys) }

      it "names the unknown item" do
        expect(result["result.policy.known_keys"].reason).to include("invented")
      end
    end

    context "when it recommends No action as a sanction" do
      subject(:result) do
        call(
          "Report::Save",
          by: mediator,
          **report_params(mediation_case, recommended_keys: ["no_action"]),
        )
      end

      it { is_expected.to fail_a_policy(:known_keys) }
    end

    context "when it names as affected someone not involved" do
      subject(:result) do
        call(
          "Report::Save",
          by: mediator,
          **report_params(mediation_case, affected_user_ids: [affected.id]),
        )
      end

      it { is_expected.to fail_a_policy(:affected_are_involved) }
    end

    context "when it names a requester who did not agree to be named" do
      subject(:result) do
        call(
          "Report::Save",
          by: mediator,
          **report_params(mediation_case, affected_user_ids: [member.id]),
        )
      end

      it { is_expected.to fail_a_policy(:affected_are_involved) }
    end

    context "when it names a requester who agreed to be named" do
      subject(:result) do
        call(
          "Report::Save",
          by: mediator,
          **report_params(mediation_case, affected_user_ids: [consenting.id]),
        )
      end

      let(:consenting) { Fabricate(:member) }
      let!(:mediation_case) do
        ask_for_help.tap { ask_for_help(by: consenting, consent_to_be_named: true) }
      end

      it "names them, so they are invited to give their view" do
        expect(result).to run_successfully
        expect(mediation_case.reload.report.affected_user_ids).to eq([consenting.id])
      end
    end

    context "when it notes the person's silence but their first message never told them of the case" do
      subject(:result) do
        call("Report::Save", by: mediator, **report_params(mediation_case, cites_silence: true))
      end

      before { mediation_case.update_columns(subject_contacted_at: 2.days.ago) }

      it { is_expected.to fail_a_policy(:silence_citable) }
      it("saves nothing") { expect { result }.not_to change { DiscourseMediation::Report.count } }
    end

    context "when it notes the person's silence after a first message that told them" do
      subject(:result) do
        call("Report::Save", by: mediator, **report_params(mediation_case, cites_silence: true))
      end

      before do
        mediation_case.update_columns(subject_contacted_at: 2.days.ago, subject_told_at: 2.days.ago)
      end

      it "keeps the note with the report" do
        expect(result).to run_successfully
        expect(mediation_case.reload.report.cites_silence).to eq(true)
      end
    end

    context "when the case is not at the report stage" do
      before { mediation_case.update_columns(state: "mediating") }

      it { is_expected.to fail_a_policy(:in_state) }
    end

    context "when everything's ok" do
      it { is_expected.to run_successfully }

      it "saves a draft, orders the recommended steps by severity, and logs one line per hour" do
        call(
          "Report::Save",
          by: mediator,
          **report_params(mediation_case, recommended_keys: %w[suspension formal_warning]),
        )
        result
        expect(mediation_case.reload.report).to have_attributes(
          cited_keys: ["personal-attacks"],
          recommended_keys: %w[formal_warning suspension],
          submitted_at: nil,
        )
        expect(mediation_case.events.where(action: "report_saved").count).to eq(1)
      end

      it "may be incomplete" do
        expect(
          call("Report::Save", by: mediator, case_id: mediation_case.id, what_happened: "Draft"),
        ).to run_successfully
      end
    end
  end

  describe "what the report says about contact with the person concerned" do
    subject(:contact) { DiscourseMediation::ReportTopic.contact(mediation_case.reload) }

    let(:reached) { Time.utc(2026, 11, 20, 9) }

    before { submit_report(mediation_case) }

    it "gives the mediator's reason when they did not reach them" do
      expect(contact).to include(
        "did not reach the person concerned",
        "> They asked the mediators not to write to them",
      )
    end

    it "gives the date, and says their first message told them about the case" do
      mediation_case.update_columns(
        subject_contacted_at: reached,
        subject_told_at: reached,
        no_contact_reason: nil,
      )
      expect(contact).to include(
        "on #{DiscourseMediation::Notices::SystemMessage.time(reached)}",
        "told them that a case was open",
      )
      expect(contact).not_to include("did not reply")
    end

    it "notes their silence only when the report does and they were told" do
      mediation_case.update_columns(subject_contacted_at: reached, subject_told_at: reached)
      mediation_case.report.update_columns(cites_silence: true)
      expect(contact).to include("did not reply")
      mediation_case.update_columns(subject_told_at: nil)
      expect(DiscourseMediation::ReportTopic.contact(mediation_case.reload)).not_to include(
        "did not reply",
      )
    end

    it "is in the serialized report the person concerned and the voters read" do
      json =
        DiscourseMediation::SubmittedReportSerializer.new(
          mediation_case.reload.report,
          root: false,
        ).as_json
      expect(json[:contact]).to eq(
        contacted_at: nil,
        told_at: nil,
        no_contact_reason: "They asked the mediators not to write to them",
      )
      expect(json[:cites_silence]).to eq(false)
    end
  end

  describe DiscourseMediation::Report::Submit do
    subject(:result) { call("Report::Submit", by: mediator) }

    before { escalate(mediation_case) }

    context "when no draft was ever saved" do
      it { is_expected.to fail_to_find_a_model(:report) }
    end

    context "when the draft is incomplete" do
      before do
        call("Report::Save", by: mediator, **report_params(mediation_case, why_unresolved: ""))
      end

      it { is_expected.to fail_a_policy(:report_complete) }

      it "says what is missing and leaves the case where it was" do
        expect(result["result.policy.report_complete"].reason).to include(
          I18n.t("discourse_mediation.errors.report_parts.why_unresolved"),
        )
        expect(mediation_case.reload.state).to eq("report_draft")
      end
    end

    context "when a cited item was retired since the draft" do
      before do
        call("Report::Save", by: mediator, **report_params(mediation_case))
        DiscourseMediation::Behaviour.find_by(key: "personal-attacks").update!(
          retired_at: Time.zone.now,
        )
      end

      it { is_expected.to fail_a_policy(:report_complete) }
    end

    context "when everything's ok" do
      before do
        SiteSetting.mediation_statement_days = 7
        call("Report::Save", by: mediator, **report_params(mediation_case))
      end

      it { is_expected.to run_successfully }

      it "keeps the cited text as it reads now, even if the list changes later" do
        result
        behaviour = DiscourseMediation::Behaviour.find_by(key: "personal-attacks")
        cited_title = behaviour.title
        behaviour.revise!(title: "A new title", description: "A new description", by: admin)
        expect(mediation_case.reload.report.citations.map(&:title)).to eq([cited_title])
      end

      it "opens the statement window and tells the person concerned after the commit" do
        freeze_time
        result
        expect(mediation_case.reload).to have_attributes(
          state: "awaiting_statements",
          statement_deadline_at: 7.days.from_now,
        )
        expect(mediation_case.affected_closes_at).to be_within(1.second).of(
          Time.zone.now + 7.days * 0.67,
        )
        expect(
          enqueued_jobs(Jobs::DiscourseMediation::SendMediationReportNotices).map { _1[:args] },
        ).to eq([{ "case_id" => mediation_case.id }])
      end
    end
  end

  describe "statements" do
    before do
      escalate(mediation_case)
      call("Case::AddPerson", by: mediator, username: affected.username)
      submit_report(mediation_case, affected_user_ids: [affected.id])
    end

    describe DiscourseMediation::Statement::Submit do
      subject(:result) { call("Statement::Submit", by: author, raw: "  My side of it  ") }

      context "when someone affected writes after their own time" do
        it "takes one late statement and moves the person concerned's deadline by as much, once" do
          deadline = mediation_case.reload.statement_deadline_at
          late_by = 5.hours
          travel_to(mediation_case.affected_closes_at + late_by) do
            expect(call("Statement::Submit", by: affected, raw: "It hurt")).to run_successfully
            expect(mediation_case.reload.statement_deadline_at).to be_within(1.second).of(
              deadline + late_by,
            )
            expect(mediation_case.events.last).to have_attributes(
              action: "deadline_moved",
              data: {
                "hours" => 5,
              },
            )
          end
        end

        it "takes no statement once the deadline has moved" do
          other = Fabricate(:member)
          call("Case::AddPerson", by: mediator, username: other.username)
          mediation_case.report.update_columns(affected_user_ids: [affected.id, other.id])
          travel_to(mediation_case.reload.affected_closes_at + 1.hour) do
            expect(call("Statement::Submit", by: affected, raw: "It hurt")).to run_successfully
            result = call("Statement::Submit", by: other, raw: "Me too")
            expect(result).to fail_a_policy(:affected_in_time)
            expect(result["result.policy.affected_in_time"].reason).to eq(
              I18n.t("discourse_mediation.errors.affected_window_closed"),
            )
          end
        end

        it "leaves the person concerned's own statement alone" do
          travel_to(mediation_case.reload.affected_closes_at + 1.hour) do
            expect(result).to run_successfully
            expect(mediation_case.reload.affected_late_moved_at).to be_nil
          end
        end
      end

      context "when the statement is empty" do
        subject(:result) { call("Statement::Submit", by: author, raw: "   ") }

        it { is_expected.to fail_a_contract }
      end

      context "when the statement is too long" do
        subject(:result) do
          call(
            "Statement::Submit",
            by: author,
            raw: "x" * (DiscourseMediation::Statement::MAX_LENGTH + 1),
          )
        end

        it { is_expected.to fail_a_contract }
      end

      context "when a bystander writes" do
        subject(:result) { call("Statement::Submit", by: Fabricate(:member), raw: "Hi") }

        it { is_expected.to fail_a_policy(:may_take) }
      end

      context "when the window has closed" do
        it "is refused" do
          travel(8.days) { expect(result).to fail_a_policy(:window_open) }
        end
      end

      context "when they already gave one" do
        before { call("Statement::Submit", by: author, raw: "First") }

        it { is_expected.to fail_a_policy(:not_stated_yet) }

        it("keeps the first") do
          expect { result }.not_to change { mediation_case.statements.pluck(:raw) }
        end
      end

      context "when everything's ok" do
        it { is_expected.to run_successfully }

        it "stores it, trimmed, as the person concerned's" do
          expect(result.statement).to have_attributes(
            user_id: author.id,
            role: "subject",
            raw: "My side of it",
          )
        end

        it "stores an affected person's as theirs" do
          expect(call("Statement::Submit", by: affected, raw: "It hurt").statement.role).to eq(
            "affected",
          )
        end
      end
    end

    describe DiscourseMediation::Statement::Decline do
      subject(:result) { call("Statement::Decline", by: affected) }

      context "when the person concerned tries to decline" do
        subject(:result) { call("Statement::Decline", by: author) }

        it { is_expected.to fail_a_policy(:is_affected) }
      end

      context "when everything's ok" do
        it { is_expected.to run_successfully }

        it "records the refusal as such" do
          result
          expect(mediation_case.statements.find_by(user_id: affected.id)).to have_attributes(
            declined: true,
            raw: "",
          )
        end

        it("is once") do
          result &&
            expect(call("Statement::Decline", by: affected)).to(fail_a_policy(:not_stated_yet))
        end
      end
    end

    describe DiscourseMediation::Statement::RequestExtension do
      subject(:result) { call("Statement::RequestExtension", by: author, reason: "Travelling") }

      context "when the reason is missing" do
        subject(:result) { call("Statement::RequestExtension", by: author, reason: "") }

        it { is_expected.to fail_a_contract }
      end

      context "when an affected person asks" do
        subject(:result) { call("Statement::RequestExtension", by: affected, reason: "Busy") }

        it { is_expected.to fail_a_policy(:may_take) }
      end

      context "when they asked before" do
        before { call("Statement::RequestExtension", by: author, reason: "Once") }

        it { is_expected.to fail_a_policy(:first_request) }
      end

      context "when everything's ok" do
        it { is_expected.to run_successfully }

        it("keeps the reason") do
          result && expect(mediation_case.reload.extension_reason).to(eq("Travelling"))
        end

        it "tells the moderators and the mediators at once, with a target for the decision" do
          mediators_topic = mediation_case.reload.mediators_topic_id
          result
          due_at = mediation_case.reload.extension_decision_due_at
          expect(due_at).to eq_time(mediation_case.extension_requested_at + 1.day)
          to_moderators =
            PostCreator.created.find { _1[:opts][:target_group_names] == "moderators" }
          expect(to_moderators[:opts][:raw]).to include(
            DiscourseMediation::Notices::SystemMessage.time(due_at),
            "/mediation/cases/#{mediation_case.id}",
          )
          expect(to_moderators[:opts][:raw]).not_to include("Travelling")
          expect(PostCreator.created.map { _1[:opts][:topic_id] }).to include(mediators_topic)
        end
      end
    end

    describe "a request for more time that nobody decides" do
      before { call("Statement::RequestExtension", by: author, reason: "Travelling") }

      let(:deadline) { mediation_case.reload.statement_deadline_at }

      it "holds the deadline: the person may still respond and the vote does not open" do
        travel_to(deadline + 2.hours)
        run_job(Jobs::DiscourseMediation::MediationStatementWindows)
        expect(mediation_case.reload.state).to eq("awaiting_statements")
        expect(call("Statement::Submit", by: author, raw: "My side, late")).to run_successfully
      end

      it "reminds the moderators once past its target, and shows the case as overdue" do
        travel_to(mediation_case.reload.extension_decision_due_at - 1.minute)
        run_job(Jobs::DiscourseMediation::MediationStatementWindows)
        expect(DiscourseMediation::MediationCase.overdue).not_to include(mediation_case)
        Recorders.clear!

        travel_to(mediation_case.extension_decision_due_at + 1.minute)
        2.times { run_job(Jobs::DiscourseMediation::MediationStatementWindows) }
        reminders =
          PostCreator.created.select do
            _1[:opts][:title].to_s.include?("still undecided") &&
              _1[:opts][:target_group_names] == "moderators"
          end
        expect(reminders.size).to eq(1)
        expect(DiscourseMediation::MediationCase.overdue).to include(mediation_case)
        expect(mediation_case.reload.overdue?).to eq(true)
        expect(mediation_case.events.pluck(:action)).to include("extension_decision_overdue")
      end

      it "opens the vote at the next check once it is declined after the deadline" do
        add_voters(3)
        travel_to(deadline + 2.hours)
        call("Statement::DecideExtension", by: moderator, decision: "declined", reason: "Enough")
        expect(mediation_case.reload.statement_window_open?).to eq(false)
        run_job(Jobs::DiscourseMediation::MediationStatementWindows)
        expect(mediation_case.reload.state).to eq("voting")
      end
    end

    describe DiscourseMediation::Statement::DecideExtension do
      subject(:result) do
        call("Statement::DecideExtension", by: other_mediator, decision: "granted", reason: "Fair")
      end

      context "when nothing was asked" do
        it { is_expected.to fail_a_policy(:extension_pending) }
      end

      context "when asked" do
        before { call("Statement::RequestExtension", by: author, reason: "Travelling") }

        context "with an unknown decision" do
          subject(:result) do
            call("Statement::DecideExtension", by: other_mediator, decision: "maybe", reason: "Hm")
          end

          it { is_expected.to fail_a_contract }
        end

        context "when the report's author decides" do
          subject(:result) do
            call("Statement::DecideExtension", by: mediator, decision: "declined", reason: "Mine")
          end

          it { is_expected.to fail_a_policy(:not_report_author) }

          it("changes nothing") do
            expect { result }.not_to change { mediation_case.reload.attributes }
          end
        end

        context "when a moderator who did not write it decides" do
          subject(:result) do
            call(
              "Statement::DecideExtension",
              by: moderator,
              decision: "declined",
              reason: "Long enough",
            )
          end

          it { is_expected.to run_successfully }
        end

        context "when the person concerned decides their own" do
          subject(:result) do
            call("Statement::DecideExtension", by: author, decision: "granted", reason: "Me")
          end

          it { is_expected.to fail_a_policy(:may_take) }
        end

        context "when granted" do
          it { is_expected.to run_successfully }

          it "moves the deadline, makes the reminder due again and tells the person concerned" do
            deadline = mediation_case.reload.statement_deadline_at
            mediation_case.update!(reminded_at: Time.zone.now)
            result
            expect(mediation_case.reload).to have_attributes(
              statement_deadline_at: deadline + SiteSetting.mediation_extension_days.days,
              reminded_at: nil,
              extension_decision: "granted",
            )
            expect(
              enqueued_jobs(Jobs::DiscourseMediation::SendMediationReportNotices).last[:args],
            ).to eq("case_id" => mediation_case.id, "kind" => "extension_decision")
          end

          it "is decided once" do
            result
            expect(
              call(
                "Statement::DecideExtension",
                by: other_mediator,
                decision: "declined",
                reason: "No",
              ),
            ).to fail_a_policy(:extension_pending)
          end
        end
      end
    end

    describe DiscourseMediation::Statement::Waive do
      subject(:result) { call("Statement::Waive", by: author) }

      context "when someone else waives for them" do
        subject(:result) { call("Statement::Waive", by: mediator) }

        it { is_expected.to fail_a_policy(:may_take) }
      end

      context "when they already sent a statement" do
        before { call("Statement::Submit", by: author, raw: "My side") }

        it { is_expected.to fail_a_policy(:not_stated_yet) }

        it "offers neither waiving nor more time any longer" do
          expect(statement_page(mediation_case, author)).to include(
            can_waive: false,
            can_request_extension: false,
          )
          expect(call("Statement::RequestExtension", by: author, reason: "Later")).to fail_a_policy(
            :not_stated_yet,
          )
        end
      end

      context "when everything's ok" do
        before { add_voters(3) }

        it { is_expected.to run_successfully }

        it "opens the vote with its ballot and posts the report topic after the commit" do
          result
          ballot = mediation_case.reload.ballot
          expect(mediation_case.state).to eq("voting")
          expect(ballot.options).to eq(%w[no_action formal_warning suspension])
          expect(ballot.voters.count).to eq(3)
          expect(
            enqueued_jobs(Jobs::DiscourseMediation::PostMediationReportTopic).map { _1[:args] },
          ).to eq([{ "ballot_id" => ballot.id }])
        end

        it("is once") do
          result && expect(call("Statement::Waive", by: author)).to(fail_a_policy(:in_state))
        end
      end
    end
  end

  describe DiscourseMediation::Case::InterimSuspend do
    subject(:result) do
      call("Case::InterimSuspend", by: moderator, reason: "Threats in the thread")
    end

    def interim_message
      PostCreator.created.find { _1[:opts][:title]&.start_with?("A measure until the decision") }[
        :opts
      ][
        :raw
      ]
    end

    let!(:mediation_case) { escalate(ask_for_help(kind: "unsafe")) }

    context "when the reason is missing" do
      subject(:result) { call("Case::InterimSuspend", by: moderator, reason: " ") }

      it { is_expected.to fail_a_contract }
    end

    context "when a mediator tries" do
      subject(:result) { call("Case::InterimSuspend", by: mediator, reason: "Threats") }

      it { is_expected.to fail_a_policy(:may_take) }
    end

    context "when the case is not urgent" do
      before { mediation_case.update!(urgent: false) }

      it { is_expected.to fail_a_policy(:urgent) }
    end

    context "when the author's account is gone" do
      before { mediation_case.people.update_all(user_id: -99) }

      it { is_expected.to fail_to_find_a_model(:subject_user) }
    end

    context "when the author is staff" do
      before { author.update!(moderator: true) }

      it { is_expected.to fail_a_policy(:subject_not_staff) }
      it("silences nobody") { expect { result }.not_to change { author.reload.silenced_till } }
    end

    context "when someone else already suspended the author for longer, or for good" do
      let(:their_end) { 1.year.from_now.change(usec: 0) }

      before do
        SiteSetting.mediation_interim_measure = "suspend"
        author.update!(suspended_till: their_end, suspended_at: 1.day.ago.change(usec: 0))
      end

      it { is_expected.to fail_a_step(:suspend) }

      it "leaves their suspension as it was, logs nothing and logs nobody out" do
        expect(result["result.step.suspend"].error).to include(
          "already suspended or silenced by someone else",
        )
        expect(author.reload.suspended_till).to eq(their_end)
        expect(UserSuspender.calls).to be_empty
        expect(StaffActionLogger.logged).to be_empty
        expect(mediation_case.reload.interim_suspended_until).to be_nil
      end
    end

    context "when the interim measure is a suspension and an extension is granted" do
      before do
        SiteSetting.mediation_interim_measure = "suspend"
        result
        submit_report(mediation_case.reload)
        call("Statement::RequestExtension", by: author, reason: "Travelling")
      end

      it "moves its end without restarting it or logging the member out again" do
        suspended_at = author.reload.suspended_at
        [UserSuspender.calls, StaffActionLogger.logged].each(&:clear)
        call("Statement::DecideExtension", by: other_mediator, decision: "granted", reason: "Fair")
        moved = mediation_case.reload.interim_suspended_until
        expect(author.reload).to have_attributes(suspended_till: moved, suspended_at:)
        expect(UserSuspender.calls).to be_empty
        expect(StaffActionLogger.logged.map { _1[:custom_type] }).to eq(
          ["mediation_measure_extended"],
        )
      end

      it "is lifted as Discourse's admin unsuspends: the columns cleared, the log and the event written" do
        DiscourseMediation::InterimMeasure.lift!(mediation_case.reload)
        expect(author.reload).to have_attributes(suspended_till: nil, suspended_at: nil)
        expect(StaffActionLogger.logged.last).to include(
          action: :unsuspend_user,
          target_user_id: author.id,
        )
        expect(DiscourseEvent.triggered.last).to eq([:user_unsuspended, [], { user: author }])
      end
    end

    context "when someone else already silenced the author" do
      let(:their_end) { 2.days.from_now.change(usec: 0) }

      before { author.update!(silenced_till: their_end) }

      it { is_expected.to fail_a_step(:suspend) }

      it "records nothing and leaves their silence as it was" do
        result
        expect(author.reload.silenced_till).to eq(their_end)
        expect(mediation_case.reload.interim_suspended_until).to be_nil
        expect(mediation_case.events.where(action: "interim_suspension")).to be_empty
      end
    end

    context "when an extension is granted during the measure" do
      before do
        result
        submit_report(mediation_case.reload)
        call("Statement::RequestExtension", by: author, reason: "Travelling")
      end

      it "moves the end of the silence without telling the member they are free, and logs the move" do
        till = mediation_case.reload.interim_suspended_until
        [UserSilencer.calls, SystemMessage.sent, StaffActionLogger.logged].each(&:clear)
        call("Statement::DecideExtension", by: other_mediator, decision: "granted", reason: "Fair")
        moved = till + SiteSetting.mediation_extension_days.days
        expect(mediation_case.reload.interim_suspended_until).to eq(moved)
        expect(author.reload.silenced_till).to eq(moved)
        expect(SystemMessage.sent).to be_empty
        expect(UserSilencer.calls).to be_empty
        expect(StaffActionLogger.logged).to contain_exactly(
          a_hash_including(
            custom_type: "mediation_measure_extended",
            acting_user_id: other_mediator.id,
          ),
        )
      end
    end

    context "when the measure is lifted" do
      before { result }

      it "lifts only the plugin's own measure, not a later one set by someone else" do
        DiscourseMediation::InterimMeasure.lift!(mediation_case.reload)
        expect(author.reload.silenced_till).to be_nil

        mediation_case.update!(interim_suspended_until: 1.day.from_now)
        author.update!(silenced_till: 30.days.from_now)
        DiscourseMediation::InterimMeasure.lift!(mediation_case)
        expect(author.reload.silenced_till).to be_present
        expect(mediation_case.reload.interim_suspended_until).to be_nil
      end
    end

    context "when everything's ok" do
      it { is_expected.to run_successfully }

      it "silences the person concerned by default, with an end date, and records it" do
        freeze_time
        result
        till = 7.days.from_now + 72.hours + 24.hours
        expect(author.reload.silenced_till).to eq(till)
        expect(author.suspended_till).to be_nil
        expect(mediation_case.reload.interim_suspended_until).to eq(till)
        expect(mediation_case.events.find_by(action: "interim_suspension").data).to include(
          "measure" => "silence",
          "reason" => "Threats in the thread",
        )
      end

      it "suspends when the site chose suspension, and says plainly they cannot respond on the site meanwhile" do
        SiteSetting.mediation_interim_measure = "suspend"
        result
        expect(author.reload.suspended?).to eq(true)
        expect(interim_message).to include("suspended your account", "cannot sign in")
      end

      it "tells the person concerned why, until when and how to respond, before the report's notice" do
        freeze_time
        expect(mediation_case.events.where(action: "notices_sent")).to be_empty
        result
        text = interim_message
        till =
          DiscourseMediation::Notices::SystemMessage.time(
            mediation_case.reload.interim_suspended_until,
          )
        expect(text).to include(
          "> Threats in the thread",
          "**#{till}**",
          "days to respond on your statement page",
        )
        expect(
          DiscourseMediation::SentMessage.where(kind: "interim_notice", user_id: author.id).count,
        ).to eq(1)
      end

      it "gives the statement page once the report is out" do
        submit_report(mediation_case)
        result
        expect(interim_message).to include("/mediation/cases/#{mediation_case.id}/statement")
      end

      it "sends nothing when Discourse refuses the measure" do
        author.update!(silenced_till: 2.days.from_now)
        result
        expect(DiscourseMediation::SentMessage.where(kind: "interim_notice")).to be_empty
      end

      it("is once") do
        result &&
          expect(call("Case::InterimSuspend", by: moderator, reason: "x")).to(
            fail_a_policy(:not_suspended_yet),
          )
      end
    end
  end
end

RSpec.describe "a say in who decides" do
  before { configure_mediation }

  let!(:voter_list) { add_voters(4) }
  let!(:mediation_case) { submit_report(ask_for_help) }
  let(:voter) { voter_list.first }

  def ask(voter_id: voter.id, reason: "We have argued in another project for years", by: author)
    DiscourseMediation::Statement::RequestRecusal.call(
      params: {
        case_id: mediation_case.id,
        voter_id:,
        reason:,
      },
      guardian: by.guardian,
    )
  end

  def decide(request, decision:, by: moderator)
    decide_recusal(
      mediation_case,
      request,
      decision:,
      by:,
      reason: "A past dispute is not a stake in this case",
    )
  end

  it "shows the person concerned the roll before the ballot opens" do
    page = statement_page(mediation_case, author)
    expect(page[:roll].map { _1[:user][:id] }).to match_array(voter_list.map(&:id))
    expect(page[:can_request_recusal]).to eq(true)
  end

  it "keeps a requested voter off the roll until a moderator declines, and tells the moderators" do
    result = ask
    expect(result).to run_successfully
    expect(DiscourseMediation::BallotBox.eligible_voter_ids(mediation_case)).not_to include(
      voter.id,
    )
    expect(PostCreator.created.last[:opts]).to include(target_group_names: "moderators")
    expect(mediation_case.events.last).to have_attributes(
      action: "recusal_requested",
      data: {
        "username" => voter.username,
      },
    )

    expect(decide(result.recusal_request, decision: "declined")).to run_successfully
    expect(DiscourseMediation::BallotBox.eligible_voter_ids(mediation_case)).to include(voter.id)
    told = PostCreator.created.last[:opts]
    expect(told[:target_usernames]).to eq(author.username)
    expect(told[:raw]).to include("declined", "> A past dispute is not a stake in this case")
  end

  it "opens the ballot without a voter whose request was granted" do
    request = ask.recusal_request
    expect(decide(request, decision: "granted")).to run_successfully
    ballot = open_vote(mediation_case)
    expect(ballot.ballot.voters.pluck(:user_id)).to match_array(voter_list.drop(1).map(&:id))
  end

  it "refuses what is not a fair request" do
    expect(ask(voter_id: member.id)).to fail_a_policy(:on_the_roll)
    expect(ask(reason: " ")).to fail_a_contract
    expect(ask(by: mediator)).to fail_a_policy(:may_take)
    ask
    expect(ask).to fail_a_policy(:not_asked_yet)
  end

  it "is decided only by a moderator who is not on the roll, once" do
    request = ask(voter_id: voter_list.last.id).recusal_request
    on_roll = voter_list.first
    on_roll.update!(moderator: true)
    expect(decide(request, decision: "granted", by: on_roll)).to fail_a_policy(:not_on_the_roll)
    expect(decide(request, decision: "granted", by: mediator)).to fail_a_policy(:may_take)
    expect(decide(request, decision: "maybe")).to fail_a_contract
    expect(decide(request, decision: "granted")).to run_successfully
    expect(decide(request, decision: "declined")).to fail_a_policy(:still_pending)
  end

  it "is over once the ballot has opened" do
    open_vote(mediation_case)
    expect(ask).to fail_a_policy(:in_state)
  end
end
