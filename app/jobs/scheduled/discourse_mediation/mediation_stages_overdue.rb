# frozen_string_literal: true

module Jobs
  module DiscourseMediation
    # When a stage carried out by hand passes its target date (mediating,
    # writing the report, carrying out the decision), the people responsible
    # are reminded once for that stage. Nothing else happens: a target never
    # decides or applies anything.
    class MediationStagesOverdue < ::Jobs::Scheduled
      every 1.hour

      def execute(_args)
        return if !SiteSetting.mediation_enabled

        due =
          ::DiscourseMediation::MediationCase
            .in_states(::DiscourseMediation::Rules::Case::StageTargets::STATES)
            .overdue
            .where(stage_reminded_at: nil)
            .includes(:topic, :mediator)
        ::DiscourseMediation::OneByOne.each(due, job: self.class.name) do |mediation_case|
          remind(mediation_case)
        end
      end

      private

      def remind(mediation_case)
        mediation_case.with_lock do
          next if mediation_case.stage_reminded_at || !mediation_case.overdue?

          state = mediation_case.state
          values = {
            case_id: mediation_case.id,
            topic_title: mediation_case.topic_title,
            case_url: "#{Discourse.base_url}/mediation/cases/#{mediation_case.id}",
            due_at: ::DiscourseMediation::Notices::SystemMessage.time(mediation_case.stage_due_at),
          }
          title = I18n.t("discourse_mediation.stage_overdue.#{state}.title", **values)
          raw =
            I18n.t(
              "discourse_mediation.stage_overdue.#{state}.body",
              **values,
              topic_title: ::DiscourseMediation::Markdown.inline(values[:topic_title]),
            )

          mediator = mediation_case.mediator
          if ::DiscourseMediation::Rules::Case::StageTargets.responsible(state) == :mediator &&
               mediator
            # One reminder per stage, even if the stage is entered again.
            kind = "overdue:#{state}:#{mediation_case.stage_started_at.to_i}"
            ::DiscourseMediation::Notices::SystemMessage.send_once!(
              mediation_case,
              kind,
              mediator,
              title:,
              raw:,
            )
          else
            ::DiscourseMediation::Notices::SystemMessage.send_to_moderators!(title:, raw:)
          end
          mediation_case.update!(stage_reminded_at: Time.zone.now)
          mediation_case.log_event!("stage_overdue", stage: state)
        end
      end
    end
  end
end
