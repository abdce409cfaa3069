# frozen_string_literal: true

# Runs the jobs a spec's code enqueued, as Sidekiq would: the arguments as
# they came back from JSON, through Jobs::Base#perform. Jobs enqueued while
# running are run too.
module JobRunner
  def enqueued_jobs(name = nil)
    jobs = Jobs.enqueued
    name ? jobs.select { |job| job[:job] == name.to_s } : jobs
  end

  def run_enqueued_jobs
    ran = []
    until (job = Jobs.enqueued.shift).nil?
      Jobs.job_class(job[:job]).new.perform(job[:args])
      ran << job
    end
    ran
  end

  def run_job(name, args = {})
    Jobs.job_class(name).new.perform(JSON.parse(JSON.dump(args)))
  end
end
