# frozen_string_literal: true

require_relative "../pg_helper"

# Every scheduled job: it does its work, running it twice changes nothing
# more, it catches up after downtime, and one record that raises does not
# stop the others.
RSpec.describe "the scheduled jobs" do
  before { configure_mediation }

  let!(:voter_list) { add_voters(3) }

  def snapshot
    [
      DiscourseMediation::MediationCase.order(:id).map(&:attributes),
      DiscourseMediation::Ballot.order(:id).map(&:attributes),
      DiscourseMediation::CaseEvent.count,
      Topic.order(:id).map(&:attributes),
      Post.count,
    ]
  end

  # Makes `method` raise for one record only, as a broken row would.
  def break_one(klass, method, record)
    allow_any_instance_of(klass).to receive(
      method,
    ).and_wrap_original do |original, *args, **kwargs, &block|
      raise ActiveRecord::StatementInvalid, "broken row" if original.receiver.id == record.id
      original.call(*args, **kwargs, &block)
    end
  end

  describe Jobs::DiscourseMediation::CloseMediationBallots do
    let!(:cases) { Array.new(2) { open_vote(ask_for_help(on: Fabricate(:post, user: author))) } }

    it "closes only the ballots whose time is up" do
      run_job(Jobs::DiscourseMediation::CloseMediationBallots)
      expect(cases.map { _1.ballot.reload.closed? }).to eq([false, false])
    end

    it "catches up on every ballot that closed while it was not running, and a second run changes nothing" do
      travel(10.days) do
        run_job(Jobs::DiscourseMediation::CloseMediationBallots)
        expect(cases.map { _1.reload.state }).to eq(%w[decided decided])
        expect { run_job(Jobs::DiscourseMediation::CloseMediationBallots) }.not_to change {
          snapshot
        }
      end
    end

    it "closes the others when one ballot fails, and reports it" do
      break_one(DiscourseMediation::MediationCase, :apply_event!, cases.first)
      travel(10.days) { run_job(Jobs::DiscourseMediation::CloseMediationBallots) }
      expect(cases.map { _1.reload.state }).to eq(%w[voting decided])
      expect(cases.first.ballot.reload.closed?).to eq(false)
      expect(Discourse.warnings.map { _1[:message] }).to eq(
        [
          "Jobs::DiscourseMediation::CloseMediationBallots could not handle DiscourseMediation::Ballot #{cases.first.ballot.id}",
        ],
      )
    end

    it "does nothing while mediation is turned off" do
      SiteSetting.mediation_enabled = false
      travel(10.days) do
        expect { run_job(Jobs::DiscourseMediation::CloseMediationBallots) }.not_to change {
          snapshot
        }
      end
    end
  end

  describe Jobs::DiscourseMediation::MediationStatementWindows do
    let!(:cases) do
      Array.new(2) { submit_report(ask_for_help(on: Fabricate(:post, user: author))) }
    end

    it "reminds those who have not responded once, in the last day" do
      travel(6.days + 1.hour) do
        2.times { run_job(Jobs::DiscourseMediation::MediationStatementWindows) }
        expect(PostCreator.created.count { _1[:opts][:target_usernames] == author.username }).to eq(
          2,
        )
        expect(cases.map { _1.reload.reminded_at }).to all(be_present)
      end
    end

    it "opens the vote on every case whose window closed while it was not running, once" do
      travel(30.days) do
        run_job(Jobs::DiscourseMediation::MediationStatementWindows)
        expect(cases.map { _1.reload.state }).to eq(%w[voting voting])
        expect { run_job(Jobs::DiscourseMediation::MediationStatementWindows) }.not_to change {
          snapshot
        }
      end
    end

    it "opens the others when one case fails" do
      break_one(DiscourseMediation::MediationCase, :open_vote!, cases.first)
      travel(30.days) { run_job(Jobs::DiscourseMediation::MediationStatementWindows) }
      expect(cases.map { _1.reload.state }).to eq(%w[awaiting_statements voting])
      expect(cases.first.ballot).to be_nil
      expect(Discourse.warnings.size).to eq(1)
    end
  end

  describe "the mediator's reminder when mediation passes its target" do
    let!(:mediating) { claim(ask_for_help) }

    it "goes to the case's mediator once, and the case stays where it was" do
      SiteSetting.mediation_mediating_days = 10
      travel(9.days) { run_job(Jobs::DiscourseMediation::MediationStagesOverdue) }
      expect(DiscourseMediation::SentMessage.count).to eq(0)
      travel(11.days) do
        2.times { run_job(Jobs::DiscourseMediation::MediationStagesOverdue) }
        to_mediator =
          PostCreator.created.select { _1[:opts][:target_usernames] == mediator.username }
        expect(to_mediator.map { _1[:opts][:title] }).to eq(
          ["Mediation case #{mediating.id} has passed its target date"],
        )
        expect(mediating.reload.state).to eq("mediating")
      end
    end

    it "does nothing while mediation is turned off" do
      SiteSetting.mediation_enabled = false
      travel(30.days) do
        expect { run_job(Jobs::DiscourseMediation::MediationStagesOverdue) }.not_to change {
          snapshot
        }
      end
    end
  end

  describe "after the decision" do
    let!(:cases) do
      Array.new(2) do
        # Each about someone else: a member already suspended is never suspended again.
        subject = Fabricate(:member)
        voting =
          open_vote(
            ask_for_help(on: Fabricate(:post, user: subject)),
            by: subject,
            recommended_keys: ["long_suspension"],
          )
        mediation_case = decide(voting, votes: voter_list.zip(%w[long_suspension] * 3))
        succeed(
          DiscourseMediation::Case::Implement.call(
            params: {
              case_id: mediation_case.id,
              duration_days: 60,
              review_days: 30,
              reason: "It went on",
              change_reason: "A first offence",
            },
            guardian: moderator.guardian,
          ),
        )
        mediation_case.reload
      end
    end

    before { run_enqueued_jobs }

    describe Jobs::DiscourseMediation::ArchiveMediationCases do
      it "waits for the cooling-off period" do
        travel(29.days) do
          expect { run_job(Jobs::DiscourseMediation::ArchiveMediationCases) }.not_to change {
            snapshot
          }
        end
      end

      it "hides each report topic and archives each case after it, once, deleting nothing" do
        travel(45.days) do
          run_job(Jobs::DiscourseMediation::ArchiveMediationCases)
          expect(cases.map { _1.reload.state }).to eq(%w[archived archived])
          topics = cases.map { _1.ballot.topic.reload }
          expect(topics.map { [_1.visible, _1.archived] }).to eq([[false, true], [false, true]])
          expect { run_job(Jobs::DiscourseMediation::ArchiveMediationCases) }.not_to change {
            snapshot
          }
        end
      end

      it "archives the others when one case fails" do
        break_one(DiscourseMediation::MediationCase, :apply_event!, cases.first)
        travel(45.days) { run_job(Jobs::DiscourseMediation::ArchiveMediationCases) }
        expect(cases.map { _1.reload.state }).to eq(%w[closed archived])
        expect(cases.first.ballot.topic.reload.visible).to eq(true)
      end
    end

    describe Jobs::DiscourseMediation::MediationStagesOverdue do
      it "reminds the moderators once when a decision waits past its target, and decides nothing" do
        decided = cases.first
        decided.update_columns(
          state: "decided",
          stage_started_at: Time.zone.now,
          stage_reminded_at: nil,
        )
        travel(2.days) { run_job(described_class) }
        expect(decided.reload.stage_reminded_at).to be_nil
        travel(4.days) do
          2.times { run_job(described_class) }
          expect(
            PostCreator.created.count { _1[:opts][:title]&.include?("waiting to be carried out") },
          ).to eq(1)
          expect(decided.reload).to have_attributes(state: "decided", stage_reminded_at: be_present)
          expect(decided.events.where(action: "stage_overdue").pluck(:data)).to eq(
            [{ "stage" => "decided" }],
          )
        end
      end
    end

    describe Jobs::DiscourseMediation::MediationReviewsDue do
      it "tells the moderators once when a review date comes, even after downtime" do
        travel(29.days) { run_job(Jobs::DiscourseMediation::MediationReviewsDue) }
        expect(
          PostCreator.created.select { _1[:opts][:target_group_names] == "moderators" },
        ).to be_empty
        travel(100.days) do
          2.times { run_job(Jobs::DiscourseMediation::MediationReviewsDue) }
          expect(
            PostCreator.created.count { _1[:opts][:target_group_names] == "moderators" },
          ).to eq(2)
        end
      end

      it "says when the sanction ends, or that a warning has no end, never a blank date" do
        travel(31.days) { run_job(Jobs::DiscourseMediation::MediationReviewsDue) }
        to_moderators =
          PostCreator.created.select { _1[:opts][:target_group_names] == "moderators" }
        expect(to_moderators.map { _1[:opts][:raw] }).to all(include("It ends by itself on"))

        cases.first.update_columns(
          sanction_ends_at: nil,
          review_at: 1.day.ago,
          outcome: "formal_warning",
        )
        cases.first.events.where(action: "review_due").delete_all
        run_job(Jobs::DiscourseMediation::MediationReviewsDue)
        expect(PostCreator.created.last[:opts][:raw]).to include("It has no end date of its own")
      end

      it "tells them about the others when one case fails" do
        break_one(DiscourseMediation::MediationCase, :log_event!, cases.first)
        travel(31.days) { run_job(Jobs::DiscourseMediation::MediationReviewsDue) }
        expect(cases.map { _1.events.where(action: "review_due").count }).to eq([0, 1])
      end
    end
  end
end
