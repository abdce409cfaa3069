# frozen_string_literal: true

module Jobs
  module DiscourseMediation
    # After the cooling-off period, hides each closed case's report topic
    # (unlisted and archived) and archives the case. Nothing is deleted. It
    # catches up after downtime, and running it twice changes nothing more.
    class ArchiveMediationCases < ::Jobs::Scheduled
      every 1.hour

      def execute(_args)
        return if !SiteSetting.mediation_enabled

        cutoff =
          ::DiscourseMediation::Rules::Record::CoolingOff.cutoff(
            now: Time.zone.now,
            days: SiteSetting.mediation_cooling_off_days,
          )
        due =
          ::DiscourseMediation::MediationCase.where(state: "closed").where("ended_at <= ?", cutoff)
        ::DiscourseMediation::OneByOne.each(due, job: self.class.name) do |mediation_case|
          archive(mediation_case)
        end
      end

      private

      def archive(mediation_case)
        mediation_case.with_lock do
          next if mediation_case.state != "closed"
          hide_report_topic(mediation_case.ballot&.topic)
          mediation_case.update!(archived_at: Time.zone.now)
          mediation_case.apply_event!(:archive, user: nil)
        end
      end

      def hide_report_topic(topic)
        return if topic.blank?
        system = Discourse.system_user
        topic.update_status("visible", false, system) if topic.visible
        topic.update_status("archived", true, system) if !topic.archived
      end
    end
  end
end
